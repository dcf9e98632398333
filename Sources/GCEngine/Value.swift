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
/// with refcounts; ints, strings, booleans and `None` are immediate (their
/// real refcounts are not observable in scenarios, see docs/fidelity-notes.md).
/// `.native` names a front-end object the heap does not simulate (a builtin
/// function, a module such as `gc`).
public enum Value: Hashable, Sendable {
  case none
  case bool(Bool)
  case int(Int)
  case str(String)
  case object(ObjectID)
  case native(Int32)

  public var objectID: ObjectID? {
    if case .object(let id) = self { return id }
    return nil
  }
}
