/// A simulated object's identity: an index into the heap's parallel arrays.
public struct ObjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var raw: Int32
  public init(_ raw: Int32) { self.raw = raw }
  public init(_ raw: Int) { self.raw = Int32(truncatingIfNeeded: raw) }
  public var index: Int { Int(raw) }
  public static func < (a: ObjectID, b: ObjectID) -> Bool { a.raw < b.raw }
  public var description: String { "#\(raw)" }
}

/// A value a slot can hold. Only `.object` values are simulated heap objects
/// with refcounts; ints, floats, strings, booleans and `None` are immediate (their
/// real refcounts are not observable in scenarios, see docs/fidelity-notes.md).
/// `.native` names a front-end object the heap does not simulate (a builtin
/// function, a module such as `gc`).
public enum Value: Hashable, Sendable {
  case none
  case bool(Bool)
  case int(Int)
  /// A Python float. Immediate like an int: floats are never tracked by the
  /// collector, so only their refcounts (not simulated) would tell.
  case float(Double)
  case str(String)
  case object(ObjectID)
  case native(Int32)

  public var objectID: ObjectID? {
    if case .object(let id) = self { return id }
    return nil
  }

  // Strs are equal as Python compares them, by code point: Swift's String
  // equality follows canonical equivalence, which would make '\u00e9' and
  // 'e\u0301' one constant, one dict key, one value.
  public static func == (a: Value, b: Value) -> Bool {
    switch (a, b) {
    case (.none, .none): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    // By bits: 0.0 and -0.0 are two constants, as CPython's compiler keeps them.
    case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
    case (.str(let x), .str(let y)): return x.utf8.elementsEqual(y.utf8)
    case (.object(let x), .object(let y)): return x == y
    case (.native(let x), .native(let y)): return x == y
    default: return false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .none: hasher.combine(0)
    case .bool(let b): hasher.combine(b)
    case .int(let i): hasher.combine(i)
    case .float(let x): hasher.combine(x.bitPattern)
    case .str(let s): for byte in s.utf8 { hasher.combine(byte) }
    case .object(let id): hasher.combine(id)
    case .native(let n): hasher.combine(n)
    }
  }
}
