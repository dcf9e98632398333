/// The lookup side of a `DictStorage`: an open-addressing table of entry
/// numbers, probed linearly. Swift's Dictionary did this before, but
/// seeding its hasher took a third of a dict store and each slot cost
/// about 40 bytes; here a slot is 4 bytes and a key's hash a few
/// instructions (a dict of millions of ints is a runaway scenario's
/// favourite way to fill the host).
struct KeyIndex {
  /// Per slot: an entry number, or `empty`, or `deleted` (probing goes on).
  private var slots: [Int32] = []
  /// Slots that are not empty: live entries and deleted marks.
  private var used = 0
  private static let empty: Int32 = -1
  private static let deleted: Int32 = -2

  /// A hash whose high bits are well mixed (Fibonacci hashing): probing
  /// starts from them, so consecutive ints spread over the table.
  @inline(__always) static func hash(_ key: DictKey) -> UInt {
    var x: UInt
    switch key {
    case .none: x = 0x6a09_e667
    case .int(let i): x = UInt(bitPattern: i)
    case .float(let bits): x = UInt(bits) &+ 0x510e_527f
    case .str(let s): x = hash(s)
    case .object(let id): x = UInt(bitPattern: Int(id.raw)) &+ 0x3c6e_f372
    case .native(let n): x = UInt(bitPattern: Int(n)) &+ 0xa54f_f53a
    }
    return x &* 0x9e37_79b9_7f4a_7c15
  }

  /// FNV-1a over the UTF-8 bytes.
  @inline(__always) static func hash(_ s: String) -> UInt {
    var x: UInt = 0xcbf2_9ce4_8422_2325
    for byte in s.utf8 {
      x = (x ^ UInt(byte)) &* 0x100_0000_01b3
    }
    return x
  }

  private var shift: Int { UInt.bitWidth - slots.count.trailingZeroBitCount }

  /// The entry whose key `matches`, probing from `hash`.
  @inline(__always) func find(hash: UInt, matches: (Int) -> Bool) -> Int? {
    guard !slots.isEmpty else { return nil }
    let mask = slots.count - 1
    var i = Int(hash >> UInt(shift))
    while true {
      let s = slots[i]
      if s == KeyIndex.empty { return nil }
      if s >= 0 && matches(Int(s)) { return Int(s) }
      i = (i + 1) & mask
    }
  }

  /// Adds `entry` under `hash` (the key is known to be absent); grows the
  /// table first when it would be more than three quarters full, rehashing
  /// the live entries with `rehash`.
  mutating func insert(_ entry: Int, hash: UInt, live: Int, rehash: (_ add: (Int, UInt) -> Void) -> Void) {
    if (used + 1) * 4 > slots.count * 3 {
      var size = 16
      while size * 3 < (live + 1) * 4 * 2 { size <<= 1 }
      slots = Array(repeating: KeyIndex.empty, count: size)
      used = 0
      rehash { e, h in place(e, hash: h) }
    }
    place(entry, hash: hash)
  }

  private mutating func place(_ entry: Int, hash: UInt) {
    let mask = slots.count - 1
    var i = Int(hash >> UInt(shift))
    while slots[i] >= 0 { i = (i + 1) & mask }
    if slots[i] == KeyIndex.empty { used += 1 }
    slots[i] = Int32(entry)
  }

  /// Marks `entry`'s slot deleted (probes for it from `hash`).
  mutating func remove(_ entry: Int, hash: UInt) {
    guard !slots.isEmpty else { return }
    let mask = slots.count - 1
    var i = Int(hash >> UInt(shift))
    while slots[i] != KeyIndex.empty {
      if slots[i] == Int32(entry) {
        slots[i] = KeyIndex.deleted
        return
      }
      i = (i + 1) & mask
    }
  }

  mutating func removeAll() {
    slots = []
    used = 0
  }
}
