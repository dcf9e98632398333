import GCEngine
import PythonFrontEnd

/// User iterators: a class whose `__iter__` gives an iterator, and one
/// whose `__next__` (2.7 `next`) makes it one. `iter()` is slot_tp_iter
/// (instance_getiter for a classic instance), each item slot_tp_iternext
/// (instance_iternext); the StopIteration that ends it is cleared where
/// FOR_ITER and PyIter_Next clear it, and passes on through `next()`.
extension Interpreter {
  /// The name of the iterator method in the program's dialect.
  var nextMethodName: String { is27 ? "next" : "__next__" }

  /// Whether `v` is an iterator (PyIter_Check: its type has tp_iternext).
  func isIterator(_ v: Value) -> Bool {
    switch v {
    case .object(let o):
      switch heap.kind(o) {
      case .iterator, .generator: return true
      case .instance: return userSpecialMethodExists(o, nextMethodName)
      default: return false
      }
    case .native(let raw): return rangeIterators[raw] != nil
    default: return false
    }
  }

  /// `iter(x)` of a user instance whose class defines `__iter__`: its
  /// result, which must be an iterator. Nil without `__iter__`.
  func userIterator(_ o: ObjectID) throws(RunError) -> Value? {
    guard let function = try userSpecialMethod(.object(o), "__iter__") else { return nil }
    let result = try callSpecialMethod(function, on: o, [])
    guard isIterator(result) else {
      defer { heap.decref(result, .stack) }
      let who = isClassicInstance(o) ? "__iter__" : "iter()"
      throw pythonError("TypeError", "\(who) returned non-iterator of type '\(typeName(result))'")
    }
    return result
  }

  /// The next item of a user iterator, the StopIteration it raises passed
  /// on as it is (builtin `next()` without a default).
  func userIteratorNextRaising(_ o: ObjectID) throws(RunError) -> Value {
    guard let function = try userSpecialMethod(.object(o), nextMethodName) else {
      if isClassicInstance(o) { throw pythonError("TypeError", "instance has no next() method") }
      throw pythonError("TypeError", "'\(typeName(.object(o)))' object is not an iterator")
    }
    return try callSpecialMethod(function, on: o, [])
  }

  /// The next item of a user iterator, or nil once it raises StopIteration
  /// (cleared: PyErr_ExceptionMatches, which 2.7 asks through
  /// `__subclasscheck__`, then PyErr_Clear).
  func userIteratorNext(_ o: ObjectID) throws(RunError) -> Value? {
    do {
      return try userIteratorNextRaising(o)
    } catch {
      guard case .python(let e) = error, try isStopIteration(e) else { throw error }
      discardUncaught(e)
      return nil
    }
  }

  /// Whether a raised exception is a StopIteration (or a subclass's).
  func isStopIteration(_ e: PythonException) throws(RunError) -> Bool {
    if let object = e.object { return try exceptionMatches(.object(object), Native.stopIteration.value) }
    askSubclassCheck27(Native.exceptionClasses[e.type]?.value ?? .none, Native.stopIteration.value)
    return e.type == "StopIteration"
  }
}
