/// The hashable identity of a dict key under Python equality
/// (`True == 1`, objects compare by identity in the subset).
public enum DictKey: Hashable, Sendable {
  case none
  case int(Int)
  case str(String)
  case object(ObjectID)
  case native(Int32)

  public init(_ value: Value) {
    switch value {
    case .none: self = .none
    case .bool(let b): self = .int(b ? 1 : 0)
    case .int(let i): self = .int(i)
    case .str(let s): self = .str(s)
    case .object(let id): self = .object(id)
    case .native(let n): self = .native(n)
    }
  }
}

/// An insertion-ordered hash table, the storage of dicts, instance attributes
/// (3.11 keeps them without a dict object) and module globals. Deleted
/// entries leave a hole so positions stay stable while iterating.
public struct DictStorage: Sendable {
  public private(set) var keys: [Value] = []
  public private(set) var values: [Value?] = []
  private var index: [DictKey: Int] = [:]
  public private(set) var count = 0

  public init() {}

  public func get(_ key: Value) -> Value? {
    guard let i = index[DictKey(key)] else { return nil }
    return values[i]
  }

  public func get(name: String) -> Value? {
    guard let i = index[.str(name)] else { return nil }
    return values[i]
  }

  /// Stores `value`, returning the value it replaced.
  @discardableResult
  public mutating func set(_ key: Value, _ value: Value) -> Value? {
    let k = DictKey(key)
    if let i = index[k] {
      let old = values[i]
      values[i] = value
      return old
    }
    index[k] = keys.count
    keys.append(key)
    values.append(value)
    count += 1
    return nil
  }

  /// Removes `key`, returning its value.
  public mutating func remove(_ key: Value) -> Value? {
    let k = DictKey(key)
    guard let i = index.removeValue(forKey: k) else { return nil }
    let old = values[i]
    values[i] = nil
    keys[i] = .none
    count -= 1
    if count == 0 {
      keys.removeAll(keepingCapacity: true)
      values.removeAll(keepingCapacity: true)
    } else if keys.count > 32 && count * 2 < keys.count {
      compact()
    }
    return old
  }

  /// Removes everything, returning the values in order (the caller drops them).
  public mutating func removeAll() -> [Value] {
    let old = values.compactMap { $0 }
    keys.removeAll()
    values.removeAll()
    index.removeAll()
    count = 0
    return old
  }

  /// Live entries in insertion order.
  public var entries: [(key: Value, value: Value)] {
    var result: [(key: Value, value: Value)] = []
    result.reserveCapacity(count)
    for i in keys.indices { if let v = values[i] { result.append((keys[i], v)) } }
    return result
  }

  /// The live values, in insertion order.
  public func forEachValue(_ body: (Value) -> Void) {
    for v in values { if let v { body(v) } }
  }

  private mutating func compact() {
    let live = entries
    keys.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
    index.removeAll(keepingCapacity: true)
    count = 0
    for (k, v) in live { set(k, v) }
  }
}
