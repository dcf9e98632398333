import GCEngine
import PythonFrontEnd

/// `hash()` of a set element as each version computes it. Objects hashed
/// by address (instances, classes, functions, None) have a stand-in hash:
/// the simulator's addresses are not the real ones, so membership stays
/// right but their slots (and so any order they take part in) would not.
struct SetElementHash {
  var value: Int
  /// The hash comes from an address the simulator does not reproduce.
  var byAddress: Bool
}

extension Interpreter {
  /// The element's hash, or the version's TypeError for an unhashable one.
  func setElementHash(_ v: Value) throws(RunError) -> SetElementHash {
    switch plain(v) {
    case .bool(let b): return SetElementHash(value: b ? 1 : 0, byAddress: false)
    case .int(let i): return SetElementHash(value: is27 ? DictHasher.intHash(i) : PythonHash.int(i), byAddress: false)
    case .float(let x):
      if x.isNaN { throw unsupported("a NaN float in a set (NaN hashes by address)") }
      return SetElementHash(value: is27 ? DictHasher.doubleHash(x) : PythonHash.double(x), byAddress: false)
    case .str(let s):
      return SetElementHash(value: is27 ? DictHasher.stringHash(s) : PythonHash.string(s), byAddress: false)
    case .none, .native:
      return SetElementHash(value: DictHasher.pointerHash(identity(v)), byAddress: true)
    case .object(let o):
      switch heap.kind(o) {
      case .tuple: return try tupleHash(heap.items[o.index])
      case .list, .dict, .set, .dictView:
        throw pythonError("TypeError", "unhashable type: '\(typeName(v))'")
      case .frozenset:
        var byAddress = false
        let hashes = try heap.setKeys(o).map { (k) throws(RunError) -> Int in
          let h = try setElementHash(k)
          byAddress = byAddress || h.byAddress
          return h.value
        }
        let value = is27 ? PythonHash.frozenset27(hashes) : PythonHash.frozenset311(hashes)
        return SetElementHash(value: value, byAddress: byAddress)
      case .instance where hashIsNone(o):
        throw pythonError("TypeError", "unhashable type: '\(typeName(v))'")
      case .instance where userHashMethod(o):
        throw unsupported("a set element with its own __hash__ or __eq__")
      default:
        if isProxy(o) { throw unsupported("a weakref.proxy as a set element") }
        return SetElementHash(value: DictHasher.pointerHash(heap.address(o)), byAddress: true)
      }
    }
  }

  /// Whether an instance's class defines `__hash__` or `__eq__`.
  private func userHashMethod(_ o: ObjectID) -> Bool {
    guard let cls = heap.classOf(o) else { return false }
    for c in classAndAncestors(cls)
    where heap.lookup(c, name: "__hash__") != nil || heap.lookup(c, name: "__eq__") != nil {
      return true
    }
    return false
  }

  /// tuplehash: 2.7's multiply-xor, 3.8+'s xxHash-style mix.
  private func tupleHash(_ items: [Value]) throws(RunError) -> SetElementHash {
    var byAddress = false
    var hashes: [Int] = []
    for item in items {
      let h = try setElementHash(item)
      byAddress = byAddress || h.byAddress
      hashes.append(h.value)
    }
    let value = is27 ? PythonHash.tuple27(hashes) : PythonHash.tuple311(hashes)
    return SetElementHash(value: value, byAddress: byAddress)
  }
}

/// The 3.x hash functions of Python/pyhash.c, Objects/longobject.c,
/// Objects/tupleobject.c (and 2.7's tuplehash), on 64-bit builds.
enum PythonHash {
  static let modulusBits = 61
  static let modulus = (1 << 61) - 1

  /// long_hash: the value mod 2**61 - 1, signed; -1 becomes -2.
  static func int(_ i: Int) -> Int {
    let magnitude = Int(i.magnitude % UInt(modulus))
    let h = i < 0 ? -magnitude : magnitude
    return h == -1 ? -2 : h
  }

  /// _Py_HashDouble (3.x): the value's rational reduced mod 2**61 - 1.
  static func double(_ v: Double) -> Int {
    if v.isInfinite { return v > 0 ? 314_159 : -314_159 }
    let bits = UInt64(modulusBits)
    let mod = UInt64(modulus)
    // frexp: v = m * 2**e with 0.5 <= |m| < 1.
    var e = v == 0 ? 0 : Int(v.exponent) + 1
    var m = v == 0 ? 0 : abs(v.significand) / 2
    let sign = v < 0 ? -1 : 1
    var x: UInt64 = 0
    while m != 0 {
      x = ((x << 28) & mod) | x >> (bits - 28)
      m *= 268_435_456.0
      e -= 28
      let y = UInt64(m)
      m -= Double(y)
      x += y
      if x >= mod { x -= mod }
    }
    let shift = e >= 0 ? e % modulusBits : modulusBits - 1 - ((-1 - e) % modulusBits)
    x = ((x << UInt64(shift)) & mod) | x >> (bits - UInt64(shift))
    let h = Int(x) * sign
    return h == -1 ? -2 : h
  }

  /// unicode_hash with PYTHONHASHSEED=0: SipHash-1-3 under a zero key
  /// over the str's canonical storage (1, 2 or 4 bytes per code point,
  /// by its widest one); the empty str hashes 0.
  static func string(_ s: String) -> Int {
    let scalars = s.unicodeScalars.map(\.value)
    guard !scalars.isEmpty else { return 0 }
    let width = scalars.max()! > 0xFFFF ? 4 : scalars.max()! > 0xFF ? 2 : 1
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count * width)
    for c in scalars {
      for k in 0..<width { bytes.append(UInt8((c >> (8 * UInt32(k))) & 0xFF)) }
    }
    let h = Int(Int64(bitPattern: sipHash13(bytes)))
    return h == -1 ? -2 : h
  }

  static func sipHash13(_ bytes: [UInt8]) -> UInt64 {
    var v0: UInt64 = 0x736f_6d65_7073_6575
    var v1: UInt64 = 0x646f_7261_6e64_6f6d
    var v2: UInt64 = 0x6c79_6765_6e65_7261
    var v3: UInt64 = 0x7465_6462_7974_6573
    func rotl(_ x: UInt64, _ b: UInt64) -> UInt64 { (x << b) | (x >> (64 - b)) }
    func round() {
      v0 &+= v1
      v2 &+= v3
      v1 = rotl(v1, 13) ^ v0
      v3 = rotl(v3, 16) ^ v2
      v0 = rotl(v0, 32)
      v2 &+= v1
      v0 &+= v3
      v1 = rotl(v1, 17) ^ v2
      v3 = rotl(v3, 21) ^ v0
      v2 = rotl(v2, 32)
    }
    var index = 0
    while bytes.count - index >= 8 {
      var m: UInt64 = 0
      for k in 0..<8 { m |= UInt64(bytes[index + k]) << (8 * UInt64(k)) }
      v3 ^= m
      round()
      v0 ^= m
      index += 8
    }
    var b = UInt64(truncatingIfNeeded: bytes.count) << 56
    for k in 0..<(bytes.count - index) { b |= UInt64(bytes[index + k]) << (8 * UInt64(k)) }
    v3 ^= b
    round()
    v0 ^= b
    v2 ^= 0xff
    round()
    round()
    round()
    return (v0 ^ v1) ^ (v2 ^ v3)
  }

  /// tuplehash (3.8+): xxHash's round per item, then the length.
  static func tuple311(_ hashes: [Int]) -> Int {
    let prime1: UInt64 = 11_400_714_785_074_694_791
    let prime2: UInt64 = 14_029_467_366_897_019_727
    let prime5: UInt64 = 2_870_177_450_012_600_261
    var acc = prime5
    for h in hashes {
      acc &+= UInt64(bitPattern: Int64(h)) &* prime2
      acc = (acc << 31) | (acc >> 33)
      acc &*= prime1
    }
    acc &+= UInt64(hashes.count) ^ (prime5 ^ 3_527_539)
    if acc == UInt64.max { return 1_546_275_796 }
    return Int(Int64(bitPattern: acc))
  }

  /// frozenset_hash (3.x): each key's hash shuffled and xored in (the
  /// free slots' shares cancel out), then the size, then a dispersal.
  static func frozenset311(_ hashes: [Int]) -> Int {
    var h: UInt64 = 0
    for k in hashes {
      let u = UInt64(bitPattern: Int64(k))
      h ^= ((u ^ 89_869_747) ^ (u << 16)) &* 3_644_798_167
    }
    h ^= (UInt64(hashes.count) + 1) &* 1_927_868_237
    h ^= (h >> 11) ^ (h >> 25)
    h = h &* 69069 &+ 907_133_923
    if h == UInt64.max { return 590_923_713 }
    return Int(Int64(bitPattern: h))
  }

  /// frozenset_hash (2.7): the size first, each key's hash mixed in.
  static func frozenset27(_ hashes: [Int]) -> Int {
    var h = 1_927_868_237 &* (hashes.count + 1)
    for k in hashes { h ^= (k ^ (k << 16) ^ 89_869_747) &* 3_644_798_167 }
    h = h &* 69069 &+ 907_133_923
    return h == -1 ? 590_923_713 : h
  }

  /// 2.7 tuplehash: multiply-xor with a multiplier that grows per item.
  static func tuple27(_ hashes: [Int]) -> Int {
    var x: Int = 0x345678
    var mult: Int = 1_000_003
    var remaining = hashes.count
    for h in hashes {
      remaining -= 1
      x = (x ^ h) &* mult
      mult &+= 82520 + remaining + remaining
    }
    x &+= 97531
    return x == -1 ? -2 : x
  }
}
