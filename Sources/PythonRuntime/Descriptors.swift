import GCEngine
import PythonFrontEnd

/// `staticmethod`, `classmethod` and `property`: objects a class keeps in
/// its dict whose `__get__` decides what reading the attribute gives.
extension Interpreter {
  /// Which descriptor `o` is (its kind is `.descriptor`).
  func descriptorKind(_ o: ObjectID) -> Native { Native(rawValue: heap.aux(o)) ?? .staticmethod }

  /// `staticmethod(f)` / `classmethod(f)`. 3.10+ then copies the callable's
  /// `__module__`, `__name__`, `__qualname__`, `__doc__` and
  /// `__annotations__` into a dict of its own (Objects/funcobject.c
  /// `functools_wraps`; reading a function's `__annotations__` makes its
  /// empty dict). Measured: 3.11.7's `sm.__dict__` has those five keys and is
  /// tracked. 2.7 keeps the callable only.
  func makeMethodWrapper(_ kind: Native, _ callable: Value) throws(RunError) -> ObjectID {
    let wrapper = heap.makeObject(.descriptor, size: profile.objectSizes.methodWrapper, freeList: nil)
    heap.setAux(wrapper, kind.rawValue)
    heap.setLabel(wrapper, kind.pythonName)
    heap.incref(callable, .container)
    heap.setItems(wrapper, [callable])
    heap.track(wrapper)
    guard !is27, case .object(let function) = callable, heap.kind(function) == .function else { return wrapper }
    let code = program.codes[Int(heap.aux(function))]
    let own = makeDictObject()
    heap.setDict(wrapper, own)
    for (name, value) in [
      ("__module__", Value.str("__main__")), ("__name__", .str(code.name)), ("__qualname__", .str(code.qualifiedName)),
      ("__doc__", .none),
    ] {
      try storeInDict(own, key: .str(name), value: value)
    }
    let annotations = functionAnnotations(function)
    heap.incref(annotations, .container)
    try storeInDict(own, key: .str("__annotations__"), value: .object(annotations))
    return wrapper
  }

  /// A function's `__annotations__` dict, made on first read (an empty
  /// one here: the simulator has no annotations). Kept in its 4th slot.
  func functionAnnotations(_ function: ObjectID) -> ObjectID {
    let items = heap.items[function.index]
    if items.count > 3, case .object(let d) = items[3] { return d }
    let d = makeDictObject()
    while heap.items[function.index].count < 3 { heap.appendItem(function, .none) }
    heap.appendItem(function, .object(d))
    return d
  }

  /// `property(fget[, fset[, fdel[, doc]]])`.
  func makeProperty(_ args: [Value]) -> ObjectID {
    propertiesMade += 1
    let p = heap.makeObject(.descriptor, size: profile.objectSizes.property, freeList: nil)
    heap.setAux(p, Native.property.rawValue)
    heap.setLabel(p, "property")
    let slots = (0..<4).map { $0 < args.count ? args[$0] : Value.none }
    for v in slots { heap.incref(v, .container) }
    heap.setItems(p, slots)
    heap.track(p)
    return p
  }

  /// What reading a class attribute that is a descriptor gives, through
  /// `instance` (nil: through the class): the function of a staticmethod,
  /// a method bound to the class for a classmethod, the getter's result
  /// for a property read through an instance (the property itself through
  /// the class). A new reference.
  func descriptorGet(_ descriptor: ObjectID, instance: ObjectID?, owner: ObjectID) throws(RunError) -> Value {
    let items = heap.items[descriptor.index]
    switch descriptorKind(descriptor) {
    case .staticmethod:
      heap.incref(items[0], .stack)
      return items[0]
    case .classmethod:
      guard case .object(let function) = items[0], heap.kind(function) == .function else {
        throw unsupported("a classmethod of a \(typeName(items[0]))")
      }
      return .object(makeBoundMethod(function, .object(owner)))
    default:
      guard let instance else {
        heap.incref(descriptor, .stack)
        return .object(descriptor)
      }
      guard items[0] != .none else {
        throw pythonError("AttributeError", is27 ? "unreadable attribute" : "property object has no getter")
      }
      return try callValue(items[0], args: [.object(instance)])
    }
  }
}
