import GCEngine
import PythonFrontEnd

/// `super` (Objects/typeobject.c, super_init / super_getattro): an object
/// holding the instance, the class to start after and the instance's
/// class; an attribute read on it searches the instance's MRO after that
/// class and binds what it finds to the instance. 3.x's `super()` without
/// arguments reads both from the calling frame: its first argument and the
/// `__class__` cell the compiler gives every method that names `super`.
extension Interpreter {
  /// super(type, obj), or 3.x's super() from the running method.
  func makeSuper(_ args: [Value]) throws(RunError) -> ObjectID {
    let (type, obj) = args.isEmpty ? try superArgumentsFromFrame() : (args[0], args.count == 2 ? args[1] : .none)
    guard case .object(let start) = type, heap.kind(start) == .classObject, !heap.isOldStyle(start) else {
      throw pythonError(
        "TypeError",
        is27
          ? "super() argument 1 must be type, not \(typeName(type))"
          : "super() argument 1 must be a type, not \(typeName(type))")
    }
    guard args.count != 1 else { throw unsupported("super() with one argument (an unbound super object)") }
    guard case .object(let instance) = obj, heap.kind(instance) == .instance, let own = heap.classOf(instance),
      classAndAncestors(own).contains(start)
    else {
      if case .object(let o) = obj, heap.kind(o) == .classObject {
        throw unsupported("super(type, type2) (a class as the second argument)")
      }
      guard profile.superCheckNamesTypes else {
        throw pythonError("TypeError", "super(type, obj): obj must be an instance or subtype of type")
      }
      throw pythonError(
        "TypeError",
        "super(type, obj): obj (instance of \(typeName(obj))) is not an instance or subtype of type (\(heap.label(start)))."
      )
    }
    // The search order is the MRO only while every class has one base.
    guard classAndAncestors(own).allSatisfy({ classBases($0).count <= 1 }) else {
      throw unsupported("super() with multiple inheritance")
    }
    let su = heap.makeObject(.superObject, size: profile.objectSizes.superObject, freeList: nil)
    for v in [obj, type, Value.object(own)] { heap.incref(v, .container) }
    heap.setItems(su, [obj, type, .object(own)])
    heap.track(su)
    return su
  }

  /// super_init_without_args: the calling frame's first argument (through
  /// its cell if a closure shares it) and its `__class__` free variable.
  private func superArgumentsFromFrame() throws(RunError) -> (Value, Value) {
    guard !is27 else { throw pythonError("TypeError", "super() takes at least 1 argument (0 given)") }
    guard let f = frames.last, f.code.kind == .function, f.code.parameterCount > 0 else {
      throw pythonError("RuntimeError", "super(): no arguments")
    }
    var first = f.locals[0]
    if f.code.cellSlots.contains(0), case .object(let cell) = first {
      first = heap.items[cell.index].first ?? Native.unbound.value
    }
    if first == Native.unbound.value { throw pythonError("RuntimeError", "super(): arg[0] deleted") }
    let names = f.code.localNames
    let freeStart = names.count - f.code.freeVariableCount
    guard let slot = names.indices.last(where: { $0 >= freeStart && names[$0] == "__class__" }),
      case .object(let cell) = f.locals[slot]
    else { throw pythonError("RuntimeError", "super(): __class__ cell not found") }
    guard let cls = heap.items[cell.index].first else {
      throw pythonError("RuntimeError", "super(): empty __class__ cell")
    }
    return (cls, first)
  }

  /// super_getattro: the first class after `type` in the instance's MRO
  /// whose own namespace has `name`; a function found there is bound to
  /// the instance (a new method object), other values are returned.
  func superAttribute(_ su: ObjectID, _ name: String) throws(RunError) -> Value {
    let items = heap.items[su.index]
    guard case .object(let start) = items[1], case .object(let own) = items[2] else { return .none }
    let mro = classAndAncestors(own)
    for c in mro.drop(while: { $0 != start }).dropFirst() {
      guard let d = heap.dictOf(c), let v = heap.lookup(d, name: name) else { continue }
      if case .object(let fn) = v, heap.kind(fn) == .function { return .object(makeBoundMethod(fn, items[0])) }
      if case .object(let d) = v, heap.kind(d) == .descriptor {
        throw unsupported("a staticmethod, classmethod or property found through super()")
      }
      heap.incref(v, .stack)
      return v
    }
    // Past the last class: `object`'s own attributes (a slot wrapper bound
    // as a method-wrapper) are not modelled.
    if name.hasPrefix("__") && name.hasSuffix("__") {
      throw unsupported("object.\(name) reached through super()")
    }
    throw pythonError("AttributeError", "'super' object has no attribute '\(name)'")
  }

  /// `<super: <class 'C'>, <C object>>`.
  func superRepr(_ su: ObjectID) -> String {
    let items = heap.items[su.index]
    guard case .object(let start) = items[1], case .object(let own) = items[2] else {
      return "<super: <class 'NULL'>, NULL>"
    }
    return "<super: <class '\(heap.label(start))'>, <\(heap.label(own)) object>>"
  }
}
