import GCEngine
import PythonFrontEnd

/// The special methods of user classes that the object protocols call:
/// `__len__`, truth (`__bool__`, 2.7's `__nonzero__`), `__getitem__`,
/// `__setitem__`, `__delitem__` and `__contains__`. Each is called as its
/// slot function calls it (typeobject.c's slot_* for classes, 2.7
/// classobject.c's instance_* for classic instances): 3.x unbound with
/// `self` first, 2.7 through a bound method and argument tuples (see
/// `callMethodFromC`).
extension Interpreter {
  /// The special methods the protocols here dispatch to.
  static let protocolMethodNames: Set<String> = [
    "__len__", "__bool__", "__nonzero__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
  ]

  /// The function a user instance's class (or a base) defines as `name`;
  /// nil when `v` is no user instance or its class has none.
  func userSpecialMethod(_ v: Value, _ name: String) throws(RunError) -> ObjectID? {
    guard let cls = userInstanceClass(v), let method = lookupClassAttribute(cls, name) else { return nil }
    guard case .object(let function) = method, heap.kind(function) == .function else {
      throw unsupported("a \(name) that is not a plain function")
    }
    return function
  }

  /// Whether the class of instance `o` has an attribute `name` at all.
  func userSpecialMethodExists(_ o: ObjectID, _ name: String) -> Bool {
    heap.classOf(o).flatMap { lookupClassAttribute($0, name) } != nil
  }

  /// Whether `o` is a 2.7 classic instance (`class A:`), whose special
  /// methods go through instance_getattr and instance_* with their own
  /// messages.
  func isClassicInstance(_ o: ObjectID) -> Bool {
    is27 && heap.kind(o) == .instance && heap.classOf(o).map(heap.isOldStyle) == true
  }

  /// Calls a special method found by `userSpecialMethod`; the result is owned.
  func callSpecialMethod(_ function: ObjectID, on o: ObjectID, _ args: [Value]) throws(RunError) -> Value {
    try callMethodFromC(function, self: o, args: args, packsArguments: true)
  }

  /// `len(x)` of a user instance: slot_sq_length (3.x: the result made an
  /// index, then >= 0; 2.7: PyInt_AsSsize_t) or instance_length (2.7
  /// classic: an int, then >= 0). Nil when the instance has no `__len__`
  /// and is not classic (the caller's TypeError).
  func userLength(_ o: ObjectID) throws(RunError) -> Int? {
    guard let function = try userSpecialMethod(.object(o), "__len__") else {
      if isClassicInstance(o) { throw missingAttribute(o, "__len__", deleting: false) }
      return nil
    }
    let result = try callSpecialMethod(function, on: o, [])
    defer { heap.decref(result, .stack) }
    return try lengthResult(result, classic: isClassicInstance(o))
  }

  private func lengthResult(_ result: Value, classic: Bool) throws(RunError) -> Int {
    guard let n = intValue(result) else {
      if classic { throw pythonError("TypeError", "__len__() should return an int") }
      if is27 { throw unsupported("a __len__ returning a \(typeName(result))") }
      throw notAnInteger(result)
    }
    guard n >= 0 else { throw pythonError("ValueError", "__len__() should return >= 0") }
    return n
  }

  /// The truth of a user instance (PyObject_IsTrue): 3.x slot_nb_bool when
  /// the class defines `__bool__` (which must return a bool), else its
  /// `__len__` as `len()` takes it; 2.7 slot_nb_nonzero (`__nonzero__`,
  /// an int or bool) or `__len__`; a classic instance's instance_nonzero
  /// (`__nonzero__`, then `__len__`, each an int >= 0). Nil: neither, so true.
  func userTruth(_ o: ObjectID) throws(RunError) -> Bool? {
    let classic = isClassicInstance(o)
    let truthName = is27 ? "__nonzero__" : "__bool__"
    if let function = try userSpecialMethod(.object(o), truthName) {
      let result = try callSpecialMethod(function, on: o, [])
      defer { heap.decref(result, .stack) }
      if case .bool(let b) = result { return b }
      guard is27, let n = intValue(result) else {
        if classic { throw pythonError("TypeError", "__nonzero__ should return an int") }
        throw pythonError(
          "TypeError",
          is27
            ? "__nonzero__ should return bool or int, returned \(typeName(result))"
            : "__bool__ should return bool, returned \(typeName(result))")
      }
      if classic && n < 0 { throw pythonError("ValueError", "__nonzero__ should return >= 0") }
      return n != 0
    }
    guard let function = try userSpecialMethod(.object(o), "__len__") else { return nil }
    let result = try callSpecialMethod(function, on: o, [])
    defer { heap.decref(result, .stack) }
    // instance_nonzero checks what `__len__` gave as `__nonzero__`'s.
    if classic, let n = intValue(result), n < 0 {
      throw pythonError("ValueError", "__nonzero__ should return >= 0")
    }
    if classic && intValue(result) == nil { throw pythonError("TypeError", "__nonzero__ should return an int") }
    return try lengthResult(result, classic: classic) > 0
  }

  /// `x[key]` of a user instance: slot_mp_subscript (instance_subscript for
  /// a classic one). Nil when the class has no `__getitem__`.
  func userGetItem(_ o: ObjectID, _ key: Value) throws(RunError) -> Value? {
    guard let function = try userSpecialMethod(.object(o), "__getitem__") else {
      if isClassicInstance(o) { throw missingAttribute(o, "__getitem__", deleting: false) }
      return nil
    }
    return try callSpecialMethod(function, on: o, [key])
  }

  /// `x[key] = value` (`value` given) or `del x[key]` on a user instance:
  /// slot_mp_ass_subscript calls `__setitem__` or `__delitem__`. False when
  /// the class has not that method.
  func userSetItem(_ o: ObjectID, _ key: Value, _ value: Value?) throws(RunError) -> Bool {
    let name = value == nil ? "__delitem__" : "__setitem__"
    guard let function = try userSpecialMethod(.object(o), name) else {
      if isClassicInstance(o) { throw missingAttribute(o, name, deleting: false) }
      return false
    }
    let result = try callSpecialMethod(function, on: o, value.map { [key, $0] } ?? [key])
    heap.decref(result, .stack)
    return true
  }

  /// `item in x` for a user instance with `__contains__`: slot_sq_contains
  /// (instance_contains for a classic one), the result's truth. Without
  /// one CPython searches what iterating the instance gives (refused when
  /// its class could be iterated); nil when it cannot be (the TypeError).
  func userContains(_ o: ObjectID, _ item: Value) throws(RunError) -> Bool? {
    guard let function = try userSpecialMethod(.object(o), "__contains__") else {
      if userSpecialMethodExists(o, "__getitem__") || userSpecialMethodExists(o, "__iter__") {
        throw unsupported("'in' on an instance without __contains__ (a search of its iteration)")
      }
      return nil
    }
    let result = try callSpecialMethod(function, on: o, [item])
    defer { heap.decref(result, .stack) }
    return try truthy(result)
  }
}

/// `__getattr__`, the hook for names the ordinary lookup does not find
/// (typeobject.c's slot_tp_getattr_hook): the generic lookup fails first
/// (its AttributeError cleared unseen), then the hook runs with the name.
/// A 2.7 classic class's is refused where the class is made: classic
/// instances ask it for every special method too (instance_getattr).
extension Interpreter {
  static let classicGetattrRefusal = "__getattr__ in a 2.7 classic class (its instances ask it for special methods too)"

  /// The result (owned) of the class's `__getattr__(o, name)`; nil when
  /// the class has none.
  func userGetattrHook(_ o: ObjectID, _ name: String) throws(RunError) -> Value? {
    guard let function = try userSpecialMethod(.object(o), "__getattr__") else { return nil }
    // Set on a classic class after it was made (made with one, it was refused).
    if isClassicInstance(o) { throw unsupported(Interpreter.classicGetattrRefusal) }
    if is27 { return try callSpecialMethod(function, on: o, [.str(name)]) }
    guard profile.getattrHookBindsMethod else {
      return try callMethodFromC(function, self: o, args: [.str(name)])
    }
    // call_attribute: the function bound to the instance, called with the
    // name alone (a vectorcall, so the method's `self` goes in front).
    let method = makeBoundMethod(function, .object(o))
    defer { heap.decref(method, .stack) }
    return try holdingInC(.boundMethodForC(function), .object(method)) { () throws(RunError) in
      try callMethodFromC(function, self: o, args: [.str(name)])
    }
  }
}
