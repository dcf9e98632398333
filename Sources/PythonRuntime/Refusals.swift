import GCEngine
import PythonFrontEnd

extension Interpreter {
  /// The names of this dialect's interpreter (see PythonNames), with the
  /// profile's version's own (`Profile.namesAdded`, `namesRemoved`).
  static func realNames(is27: Bool, profile: Profile) -> [String: Set<String>] {
    var table = is27 ? PythonNames.python2 : PythonNames.python3
    for (kind, names) in profile.namesAdded { table[kind, default: []].formUnion(names) }
    for (kind, names) in profile.namesRemoved { table[kind]?.subtract(names) }
    return table
  }

  /// The PythonNames table that lists the attributes `object` has in the
  /// real interpreter, nil for a type the table does not cover (every
  /// attribute of it the simulator lacks is then refused: the simulator
  /// cannot tell a missing one from an unsimulated one).
  func attributeTable(_ object: Value) -> String? {
    switch object {
    case .none: return "NoneType"
    case .bool: return "bool"
    case .int: return "int"
    case .float: return nil
    case .str: return "str"
    case .native(let raw):
      guard let native = Native(rawValue: raw), ranges[raw] == nil, rangeIterators[raw] == nil else { return nil }
      if native.isModule { return "module \(native.pythonName)" }
      return native.isType ? nil : "builtin_function_or_method"
    case .object(let o):
      switch heap.kind(o) {
      case .str: return "str"
      case .list: return "list"
      case .dict: return "dict"
      case .tuple: return "tuple"
      case .set: return "set"
      case .frozenset: return "frozenset"
      case .instance: return "instance"
      case .classObject: return "type"
      case .function: return "function"
      case .boundMethod: return "method"
      case .weakref: return isProxy(o) ? nil : "weakref"
      case .generator: return "generator"
      case .plainObject: return "object"
      default: return nil
      }
    }
  }

  /// Refuses `name` when the value's type has it in this version and the
  /// simulator does not (the caller then raises the AttributeError CPython
  /// raises): `'abc'.count('b')` is a refusal, `'abc'.bogus` an
  /// AttributeError.
  func refuseUnsimulatedAttribute(_ object: Value, _ name: String) throws(RunError) {
    guard let table = attributeTable(object) else {
      throw unsupported("the attribute '\(name)' of a \(typeName(object)) object")
    }
    guard realNames[table]?.contains(name) == true else { return }
    if table.hasPrefix("module ") { throw unsupported("\(table.dropFirst(7)).\(name)") }
    let owner = table == "instance" || table == "type" ? typeName(object) : table
    throw unsupported("\(owner).\(name)")
  }
}
