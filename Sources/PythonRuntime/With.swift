import GCEngine
import PythonFrontEnd

/// `with` (Python/ceval.c BEFORE_WITH and WITH_EXCEPT_START in 3.11,
/// SETUP_WITH and WITH_CLEANUP in 2.7): the manager's `__enter__` and
/// `__exit__` are bound (method objects), `__enter__` is called at once,
/// `__exit__` waits on the stack for the way out.
extension Interpreter {
  /// BEFORE_WITH / SETUP_WITH. The handler block is an `except` one: both
  /// versions normalize the exception for `__exit__` and make it the one
  /// being handled.
  func setupWith(_ f: FrameState, handler: Int) throws(RunError) {
    let manager = pop(f)
    let enterFunction: ObjectID
    let exitFunction: ObjectID
    do {
      (enterFunction, exitFunction) = try contextManagerFunctions(manager)
    } catch {
      heap.decref(manager, .stack)
      throw error
    }
    // 3.11 binds __enter__ first, 2.7 __exit__.
    let exit: ObjectID
    let enter: ObjectID
    if is27 {
      exit = makeBoundMethod(exitFunction, manager)
      enter = makeBoundMethod(enterFunction, manager)
    } else {
      enter = makeBoundMethod(enterFunction, manager)
      exit = makeBoundMethod(exitFunction, manager)
    }
    push(f, .object(exit))
    heap.decref(manager, .stack)
    let result: Value
    do {
      result = try callBoundMethodFromC(enter, args: [])
    } catch {
      heap.decref(enter, .stack)
      throw error
    }
    heap.decref(enter, .stack)
    f.blocks.append(ExceptionBlock(kind: .except, handler: handler, depth: f.stack.count))
    push(f, result)
  }

  /// The way out without an exception: `__exit__(None, None, None)`; the
  /// method goes before its result.
  func exitWith(_ f: FrameState) throws(RunError) {
    let exit = pop(f)
    guard case .object(let method) = exit else { return }
    let result: Value
    do {
      result = try callBoundMethodFromC(method, args: [.none, .none, .none])
    } catch {
      heap.decref(exit, .stack)
      throw error
    }
    heap.decref(exit, .stack)
    heap.decref(result, .stack)
  }

  /// WITH_EXCEPT_START: `__exit__(type, value, traceback)` for the
  /// exception on top; whether its result is true (the exception is then
  /// dropped).
  func withExceptStart(_ f: FrameState) throws(RunError) -> Bool {
    let n = f.stack.count
    guard case .object(let e) = f.stack[n - 1], case .object(let method) = f.stack[n - 3] else { return false }
    let traceback = is27 ? f.stack[n - 2] : heap.items[e.index][Interpreter.tracebackSlot]
    let type = exceptionTypeValue(e)
    let result = try callBoundMethodFromC(method, args: [type, .object(e), traceback])
    let truth = Result { () throws(RunError) in try truthy(result) }
    heap.decref(result, .stack)
    return try truth.get()
  }

  /// The manager's class's `__enter__` and `__exit__` functions, or
  /// CPython's error (3.11 a TypeError naming the type; 2.7 looks up
  /// `__exit__` first and raises AttributeError with the name).
  private func contextManagerFunctions(_ manager: Value) throws(RunError) -> (ObjectID, ObjectID) {
    guard case .object(let o) = manager, heap.kind(o) == .instance, let cls = heap.classOf(o) else {
      throw unsupported("a context manager that is a \(typeName(manager)) object")
    }
    func function(_ name: String) -> ObjectID? {
      guard case .object(let fn)? = lookupClassAttribute(cls, name), heap.kind(fn) == .function else { return nil }
      return fn
    }
    if is27 {
      guard let exit = function("__exit__") else { throw pythonError("AttributeError", "__exit__") }
      guard let enter = function("__enter__") else { throw pythonError("AttributeError", "__enter__") }
      return (enter, exit)
    }
    let type = heap.label(cls)
    guard let enter = function("__enter__") else {
      throw pythonError("TypeError", "'\(type)' object does not support the context manager protocol")
    }
    guard let exit = function("__exit__") else {
      throw pythonError(
        "TypeError", "'\(type)' object does not support the context manager protocol (missed __exit__ method)")
    }
    return (enter, exit)
  }

  /// A bound method called from C with `args`: 3.11's vectorcall makes
  /// nothing; 2.7's PyObject_CallFunctionObjArgs packs the arguments (the
  /// shared empty tuple for none) and instancemethod_call packs them again
  /// behind `self`, that tuple freed first.
  func callBoundMethodFromC(_ method: ObjectID, args: [Value]) throws(RunError) -> Value {
    let items = heap.items[method.index]
    guard case .object(let function) = items[0] else { return .none }
    let arguments = [items[1]] + args
    nativeDepth += 1
    defer { nativeDepth -= 1 }
    guard is27 else { return try invokeFunction(function, arguments, owned: false) }
    let packed = args.isEmpty ? nil : makeTuple(args, freeList: true, takeReferences: false)
    defer { if let packed { heap.decref(packed, .stack) } }
    let withSelf = makeTuple(arguments, freeList: true, takeReferences: false)
    defer { heap.decref(withSelf, .stack) }
    return try invokeFunction(function, arguments, owned: false)
  }
}
