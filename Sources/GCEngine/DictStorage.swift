/// The hashable identity of a dict key under Python equality
/// (`True == 1`, objects compare by identity in the subset).
public enum DictKey: Hashable, Sendable {
  case none
  case int(Int)
  /// A float that is not equal to any int (by its bits).
  case float(UInt64)
  case str(String)
  case object(ObjectID)
  case native(Int32)

  public init(_ value: Value) {
    switch value {
    case .none: self = .none
    case .bool(let b): self = .int(b ? 1 : 0)
    case .int(let i): self = .int(i)
    // `1.0 == 1` and `-0.0 == 0`: equal keys, one entry.
    case .float(let x):
      if let i = Int(exactly: x) { self = .int(i) } else { self = .float(x.bitPattern) }
    case .str(let s): self = .str(s)
    case .object(let id): self = .object(id)
    case .native(let n): self = .native(n)
    }
  }

  // Strs are equal as Python compares them, by code point: Swift's String
  // equality and hashing follow canonical equivalence ('\u00e9' would be
  // the same key as 'e\u0301').
  public static func == (a: DictKey, b: DictKey) -> Bool {
    switch (a, b) {
    case (.none, .none): return true
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.str(let x), .str(let y)): return x.utf8.elementsEqual(y.utf8)
    case (.object(let x), .object(let y)): return x == y
    case (.native(let x), .native(let y)): return x == y
    default: return false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .none: hasher.combine(0)
    case .int(let i): hasher.combine(i)
    case .float(let x): hasher.combine(x)
    case .str(let s): for byte in s.utf8 { hasher.combine(byte) }
    case .object(let id): hasher.combine(id)
    case .native(let n): hasher.combine(n)
    }
  }
}

/// The order a table iterates in (repr, `for k in d`, dealloc, teardown).
public enum DictOrder: Sendable {
  /// 3.x: insertion order; a deleted key that comes back goes to the end.
  case insertion
  /// 2.7: slot order of the open-addressing table of Objects/dictobject.c.
  case python27Slots
}

/// What a 2.7 table needs to hash keys that CPython hashes by address:
/// objects (default `tp_hash`), whose addresses only the heap knows.
public final class DictHasher {
  let address: (ObjectID) -> UInt64

  public init(address: @escaping (ObjectID) -> UInt64) { self.address = address }

  /// CPython 2.7 `PyObject_Hash` of a key of the subset.
  public func hash(_ key: Value) -> Int {
    DictHasher.hash(key, address: address)
  }

  static func hash(_ key: Value, address: (ObjectID) -> UInt64) -> Int {
    switch key {
    case .none: return pointerHash(noneAddress27)
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return intHash(i)
    case .float(let x): return doubleHash(x)
    case .str(let s): return stringHash(s)
    case .object(let o): return pointerHash(address(o))
    // Builtins have no simulated address; any fixed hash keeps lookups
    // right and only their place among other keys would be off.
    case .native(let n): return Int(n)
    }
  }

  /// `&_Py_NoneStruct` of the 2.7.18 binary run without ASLR
  /// (`setarch -R`, as the differential oracle does): `id(None)`.
  static let noneAddress27: UInt64 = 0x7fff_f7f7_7de0

  /// Objects/intobject.c `int_hash`: the value, except that -1 means error.
  public static func intHash(_ i: Int) -> Int { i == -1 ? -2 : i }

  /// Objects/object.c `_Py_HashDouble` (2.7): an integral float hashes as
  /// the equal int; otherwise the mantissa's top 64 bits in two halves plus
  /// the exponent. (Infinities hash as CPython's stand-ins 314159/-271828,
  /// which it takes through a long; NaN hashes 0.)
  public static func doubleHash(_ v: Double) -> Int {
    if v.isNaN { return 0 }
    if v.isInfinite { return v < 0 ? -271_828 : 314_159 }
    if v.rounded(.towardZero) == v {
      if let i = Int(exactly: v) { return intHash(i) }
      // Past a C long: long_hash, which is the magnitude mod 2**64 - 1
      // (2**64 is 1 there), signed.
      let mantissa = UInt64(v.significandBitPattern | (1 << 52))
      let shift = (Int(v.exponent) - 52) % 64
      let (high, low) = mantissa.multipliedFullWidth(by: 1 << UInt64(shift))
      var folded = high &+ low
      if folded < low { folded &+= 1 }
      if folded == UInt64.max { folded = 0 }
      let h = Int(bitPattern: UInt(folded))
      let signed = v < 0 ? 0 &- h : h
      return signed == -1 ? -2 : signed
    }
    // frexp: v = m * 2**e with 0.5 <= |m| < 1.
    let exponent = Int(v.exponent) + 1
    var m = (v.sign == .minus ? -v.significand : v.significand) / 2
    m *= 2_147_483_648.0
    let high = Int(m)
    m = (m - Double(high)) * 2_147_483_648.0
    let x = high &+ Int(m) &+ (exponent << 15)
    return x == -1 ? -2 : x
  }

  /// Objects/stringobject.c `string_hash` without `-R` (`_Py_HashSecret`
  /// zero): over the bytes, in a 64-bit C `long` that wraps.
  public static func stringHash(_ s: String) -> Int {
    var bytes = s.utf8.makeIterator()
    guard let first = bytes.next() else { return 0 }
    var x = UInt64(first) << 7
    x = (1_000_003 &* x) ^ UInt64(first)
    var length: UInt64 = 1
    while let c = bytes.next() {
      x = (1_000_003 &* x) ^ UInt64(c)
      length += 1
    }
    x ^= length
    let h = Int(Int64(bitPattern: x))
    return h == -1 ? -2 : h
  }

  /// Objects/object.c `_Py_HashPointer`: the address rotated right by 4
  /// bits (the low bits of an aligned address are always zero).
  public static func pointerHash(_ address: UInt64) -> Int {
    let h = Int(Int64(bitPattern: (address >> 4) | (address << 60)))
    return h == -1 ? -2 : h
  }
}

/// The storage of dicts, instance attributes (3.11 keeps them without a dict
/// object) and module globals. Lookups go through a `KeyIndex` in both
/// orders; entries live in `keys`/`values`, where a deleted entry leaves a
/// hole so positions stay stable while iterating.
///
/// In 2.7 order the table also mirrors CPython 2.7's `ma_table`: `slots`
/// maps each slot to an entry (or empty/dummy) and is probed, filled,
/// dummied and resized exactly as `insertdict`/`dictresize` do, because
/// iteration walks the slots (`PyDict_Next`, `dict_dealloc`).
public struct DictStorage {
  public private(set) var keys: [Value] = []
  public private(set) var values: [Value?] = []
  private var keyIndex = KeyIndex()
  public private(set) var count = 0
  public let order: DictOrder
  /// Bumped by every change: lookups cached against it stay valid until then.
  public private(set) var version = 0
  /// Bumped when a key comes or goes (so entries may move): an entry found
  /// for a key stays that key's while it is unchanged, whatever values are
  /// stored (3.11's LOAD_GLOBAL caches on its dict keys version alike).
  public private(set) var keysVersion = 0

  // 2.7 only. `slots` stays empty until the first insert (a fresh table of
  // PyDict_MINSIZE slots), so the heap's many unused tables cost nothing.
  private var hasher: DictHasher?
  private var slots: [Int32] = []
  /// Per entry its hash, which resizes and deletes re-probe with; for a
  /// hole, the next hole (a free list through the holes, head `freeEntry`):
  /// order comes from the slots, so any hole will do, and reusing them
  /// bounds the arrays by the table size.
  private var hashes: [Int] = []
  private var freeEntry: Int32 = -1
  /// Slots that are not empty (live entries plus dummies): `ma_fill`.
  private var fill: Int32 = 0
  /// Where the positions a change touches go while a recorder watches
  /// (the heap sets it around a `withTable` body).
  var changeLog: SlotChangeLog?

  private static let emptySlot: Int32 = -1
  private static let dummySlot: Int32 = -2
  private static let minSize = 8

  public init(order: DictOrder = .insertion, hasher: DictHasher? = nil) {
    self.order = order
    self.hasher = hasher
  }

  /// Small tables (most instances' attributes) are searched linearly: no
  /// hashing and no index to allocate; the index exists past this size.
  private static let linearLimit = 8
  private var indexed = false

  @inline(__always) private func find(_ k: DictKey) -> Int? {
    if indexed {
      return keyIndex.find(hash: KeyIndex.hash(k)) { values[$0] != nil && DictKey(keys[$0]) == k }
    }
    for i in keys.indices where values[i] != nil && DictKey(keys[i]) == k { return i }
    return nil
  }

  @inline(__always) private func find(name: String) -> Int? {
    if indexed {
      return keyIndex.find(hash: KeyIndex.hash(.str(name))) { i in
        if case .str(let s) = keys[i], s.utf8.elementsEqual(name.utf8) { return values[i] != nil }
        return false
      }
    }
    for i in keys.indices {
      if case .str(let s) = keys[i], s.utf8.elementsEqual(name.utf8), values[i] != nil { return i }
    }
    return nil
  }

  private mutating func buildIndexIfLarge() {
    guard !indexed, keys.count > DictStorage.linearLimit else { return }
    indexed = true
    for i in keys.indices where values[i] != nil { indexInsert(i, DictKey(keys[i])) }
  }

  /// `entry` (holding `k`) into the index; a growth rehashes the others.
  private mutating func indexInsert(_ entry: Int, _ k: DictKey) {
    let keys = self.keys
    let values = self.values
    keyIndex.insert(entry, hash: KeyIndex.hash(k), live: count) { add in
      for i in keys.indices where i != entry && values[i] != nil { add(i, KeyIndex.hash(DictKey(keys[i]))) }
    }
  }

  @inline(__always) public func get(_ key: Value) -> Value? {
    guard let i = find(DictKey(key)) else { return nil }
    return values[i]
  }

  @inline(__always) public func get(name: String) -> Value? {
    guard let i = find(name: name) else { return nil }
    return values[i]
  }

  /// Where `name`'s entry is (valid while `keysVersion` stays).
  public func entry(name: String) -> Int? { find(name: name) }

  /// The value of an entry `entry(name:)` gave, under the same `keysVersion`.
  @inline(__always) public func value(atEntry i: Int) -> Value? {
    i < values.count ? values[i] : nil
  }

  /// Stores `value`, returning the value it replaced.
  @discardableResult
  public mutating func set(_ key: Value, _ value: Value) -> Value? {
    version &+= 1
    let k = DictKey(key)
    if let i = find(k) {
      let old = values[i]
      values[i] = value
      changeLog?.recordTable(position(ofEntry: i))
      return old
    }
    keysVersion &+= 1
    if order == .python27Slots {
      insert27(k, key, value)
      return nil
    }
    if indexed { indexInsert(keys.count, k) }
    keys.append(key)
    values.append(value)
    count += 1
    buildIndexIfLarge()
    changeLog?.recordTable(keys.count - 1)
    return nil
  }

  /// Removes `key`, returning its value.
  public mutating func remove(_ key: Value) -> Value? {
    version &+= 1
    let k = DictKey(key)
    guard let i = find(k) else { return nil }
    keysVersion &+= 1
    changeLog?.recordTable(position(ofEntry: i))
    if indexed { keyIndex.remove(i, hash: KeyIndex.hash(k)) }
    let old = values[i]
    values[i] = nil
    keys[i] = .none
    count -= 1
    if order == .python27Slots {
      // PyDict_DelItem leaves a dummy (still counted in fill) and never
      // shrinks the table.
      slots[slot(ofEntry: i)] = DictStorage.dummySlot
      hashes[i] = Int(freeEntry)
      freeEntry = Int32(i)
      return old
    }
    if count == 0 {
      keys.removeAll(keepingCapacity: true)
      values.removeAll(keepingCapacity: true)
      changeLog?.recordTable(0, andAfter: true)
    } else if keys.count > 32 && count * 2 < keys.count {
      compact()
    }
    return old
  }

  /// Removes everything, returning the values in iteration order (the
  /// caller drops them). 2.7 `PyDict_Clear` starts over with a fresh table.
  public mutating func removeAll() -> [Value] {
    version &+= 1
    keysVersion &+= 1
    changeLog?.recordTable(0, andAfter: true)
    let old = order == .python27Slots ? entries.map(\.value) : values.compactMap { $0 }
    keys.removeAll()
    values.removeAll()
    keyIndex.removeAll()
    indexed = false
    count = 0
    slots.removeAll()
    fill = 0
    hashes.removeAll()
    freeEntry = -1
    return old
  }

  /// 2.7 `_PyDict_NewPresized` (BUILD_MAP of a display with `n` pairs): an
  /// empty table is resized for more than five. No effect in insertion order.
  public mutating func presize(_ n: Int) {
    guard order == .python27Slots, count == 0, n > 5 else { return }
    resize27(minUsed: n)
    changeLog?.recordTable(0, andAfter: true)
  }

  /// Live entries in iteration order.
  public var entries: [(key: Value, value: Value)] {
    var result: [(key: Value, value: Value)] = []
    result.reserveCapacity(count)
    if order == .python27Slots {
      for s in slots where s >= 0 {
        let i = Int(s)
        if let v = values[i] { result.append((keys[i], v)) }
      }
      return result
    }
    for i in keys.indices { if let v = values[i] { result.append((keys[i], v)) } }
    return result
  }

  /// The first live entry at or after `position` in iteration order (a
  /// position counts entries in insertion order, slots in 2.7 order): its
  /// key and the position after it. An iterator steps with this in
  /// constant time per key instead of listing the entries each step.
  public func nextKey(from position: Int) -> (key: Value, next: Int)? {
    nextEntry(from: position).map { ($0.key, $0.next) }
  }

  /// The same with the entry's value (value and item iterators).
  public func nextEntry(from position: Int) -> (key: Value, value: Value, next: Int)? {
    var p = position
    if order == .python27Slots {
      while p < slots.count {
        let s = slots[p]
        p += 1
        if s >= 0, let v = values[Int(s)] { return (keys[Int(s)], v, p) }
      }
      return nil
    }
    while p < keys.count {
      defer { p += 1 }
      if let v = values[p] { return (keys[p], v, p + 1) }
    }
    return nil
  }

  /// The key stored for `key` (the object it is, when it is a str object:
  /// the caller drops the table's reference to it).
  public func storedKey(_ key: Value) -> Value? {
    find(DictKey(key)).map { keys[$0] }
  }

  /// How many positions iteration walks: entries with their holes in
  /// insertion order, the hash table's slots in 2.7's. A change is logged
  /// at the position it touches.
  public var positionCount: Int { order == .python27Slots ? slots.count : keys.count }

  /// The live entries at `positions`, in iteration order, with their positions.
  public func forEachEntry(in positions: Range<Int>, _ body: (Int, Value, Value) -> Void) {
    let range = positions.clamped(to: 0..<positionCount)
    for p in range {
      let i = order == .python27Slots ? Int(slots[p]) : p
      if i >= 0, let v = values[i] { body(p, keys[i], v) }
    }
  }

  /// Where entry `i` is in iteration order.
  private func position(ofEntry i: Int) -> Int { order == .python27Slots ? slot(ofEntry: i) : i }

  /// The live values, in iteration order.
  public func forEachValue(_ body: (Value) -> Void) {
    if order == .python27Slots {
      for s in slots where s >= 0 { if let v = values[Int(s)] { body(v) } }
      return
    }
    for v in values { if let v { body(v) } }
  }

  private mutating func compact() {
    // Every position moves: one change for all, not one per entry set again.
    changeLog?.recordTable(0, andAfter: true)
    let log = changeLog
    changeLog = nil
    defer { changeLog = log }
    let live = entries
    keys.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
    keyIndex.removeAll()
    indexed = false
    count = 0
    for (k, v) in live { set(k, v) }
  }

  // MARK: 2.7 table

  /// `insertdict` of a key known to be absent, then `PyDict_SetItem`'s
  /// resize check: at two-thirds fill, to more than four times the used
  /// count (twice above 50,000).
  private mutating func insert27(_ k: DictKey, _ key: Value, _ value: Value) {
    if slots.isEmpty { slots = Array(repeating: DictStorage.emptySlot, count: DictStorage.minSize) }
    let h = hasher?.hash(key) ?? DictStorage.hashWithoutHeap(key)
    let (slot, wasEmpty) = probe(hash: h)
    let i: Int
    if freeEntry >= 0 {
      i = Int(freeEntry)
      freeEntry = Int32(hashes[i])
      keys[i] = key
      values[i] = value
      hashes[i] = h
    } else {
      i = keys.count
      keys.append(key)
      values.append(value)
      hashes.append(h)
    }
    if indexed { indexInsert(i, k) }
    slots[slot] = Int32(i)
    count += 1
    buildIndexIfLarge()
    if wasEmpty { fill += 1 }
    if Int(fill) * 3 >= slots.count * 2 {
      resize27(minUsed: count * (count > 50_000 ? 2 : 4))
      changeLog?.recordTable(0, andAfter: true)
    } else {
      changeLog?.recordTable(slot)
    }
  }

  /// `lookdict` for a key that is not in the table: the first dummy on the
  /// probe sequence, else the empty slot that ends it.
  private func probe(hash: Int) -> (slot: Int, wasEmpty: Bool) {
    let mask = UInt(slots.count - 1)
    let h = UInt(bitPattern: hash)
    var i = h & mask
    var perturb = h
    var firstDummy: Int?
    while true {
      let slot = Int(i & mask)
      let s = slots[slot]
      if s == DictStorage.emptySlot { return firstDummy.map { ($0, false) } ?? (slot, true) }
      if s == DictStorage.dummySlot && firstDummy == nil { firstDummy = slot }
      i = (i &<< 2) &+ i &+ perturb &+ 1
      perturb >>= 5
    }
  }

  /// The slot holding entry `i`: its key's probe sequence leads there.
  private func slot(ofEntry i: Int) -> Int {
    let mask = UInt(slots.count - 1)
    let h = UInt(bitPattern: hashes[i])
    var j = h & mask
    var perturb = h
    while slots[Int(j & mask)] != Int32(i) {
      j = (j &<< 2) &+ j &+ perturb &+ 1
      perturb >>= 5
    }
    return Int(j & mask)
  }

  /// `dictresize`: the smallest power of two above `minUsed` (at least
  /// eight), re-inserting the live entries in old slot order; dummies go.
  private mutating func resize27(minUsed: Int) {
    var size = DictStorage.minSize
    while size <= minUsed { size <<= 1 }
    let old = slots
    slots = Array(repeating: DictStorage.emptySlot, count: size)
    for s in old where s >= 0 {
      let i = Int(s)
      slots[probe(hash: hashes[i]).slot] = s
    }
    fill = Int32(count)
  }

  /// Hashes for a table made without a heap (tests): objects hash by id.
  private static func hashWithoutHeap(_ key: Value) -> Int {
    DictHasher.hash(key, address: { UInt64($0.raw) << 4 })
  }
}
