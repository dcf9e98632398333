import GCEngine
import PythonFrontEnd

/// A `try` block of a running frame: where its handler starts and how deep
/// the evaluation stack was when it began.
struct ExceptionBlock {
  enum Kind {
    /// `try` with `except` clauses: the handler matches the exception.
    case except
    /// `try` with `finally`: the handler runs it and raises again.
    case finally
    /// 3.x: inside `except E as name:`, deletes the name and raises again.
    case cleanup
    /// 3.x: inside a handler; the exception handled before it is on the
    /// stack just under `depth` and becomes the handled one again.
    case restore
  }

  var kind: Kind
  var handler: Int
  var depth: Int
}

/// 2.7's `tstate->exc_type/exc_value/exc_traceback`: the exception being
/// handled, kept until the function that caught it returns.
struct HandledException27 {
  var type: Value = .none
  var value: Value = .none
  var traceback: Value = .none
}

/// Exceptions as objects: making them, raising them, catching them in a
/// `try` block and the traceback objects that tie them to frames.
extension Interpreter {
  // MARK: Exception objects

  /// A new exception of a builtin class: its args tuple first (the call's
  /// argument tuple), then the object (BaseException_new keeps the tuple;
  /// 2.7's init keeps a lone argument as `message` too).
  func makeException(_ type: Native, args: [Value]) -> ObjectID {
    let tuple = makeTuple(args, freeList: true, takeReferences: false)
    let e = heap.makeObject(.exception, size: profile.objectSizes.exception, freeList: nil)
    heap.setAux(e, type.rawValue)
    heap.setLabel(e, type.exceptionClassName ?? "Exception")
    // 2.7's BaseException_init keeps a lone argument as `message`.
    let message = is27 && args.count == 1 ? args[0] : .str("")
    heap.incref(message, .container)
    setUpExceptionSlots(e, args: tuple, message: message)
    return e
  }

  /// An exception's slots, owned references moving in: args, then 2.7's
  /// message (unused in 3.x), or 3.x's __traceback__, __cause__,
  /// __context__ (the order they are cleared in).
  private func setUpExceptionSlots(_ e: ObjectID, args: ObjectID, message: Value) {
    heap.setItems(e, is27 ? [.object(args), message] : [.object(args), .none, .none, .none])
    heap.track(e)
  }

  /// An instance of a user exception class (BaseException_new): 3.x keeps
  /// the call's argument tuple as its args, 2.7 an empty one until
  /// BaseException_init runs.
  func newExceptionInstance(_ cls: ObjectID, _ base: Native, args: ObjectID?) -> ObjectID {
    let e = heap.makeObject(.exception, size: profile.objectSizes.exceptionSubclass, freeList: nil, classObject: cls)
    heap.setAux(e, base.rawValue)
    heap.setLabel(e, heap.label(cls))
    let tuple = is27 ? emptyTuple : (args ?? emptyTuple)
    heap.incref(tuple, .container)
    setUpExceptionSlots(e, args: tuple, message: .str(""))
    return e
  }

  /// BaseException_init: `args` (a tuple) becomes the args; 2.7 keeps a
  /// lone argument as `message` too.
  func setExceptionArguments(_ e: ObjectID, _ args: ObjectID) {
    heap.incref(args, .container)
    setExceptionSlot(e, 0, .object(args))
    if is27 {
      let items = heap.items[args.index]
      let message = items.count == 1 ? items[0] : .str("")
      heap.incref(message, .container)
      setExceptionSlot(e, 1, message)
    }
  }

  /// `ValueError.__init__(self, ...)` from a subclass's `__init__`: the
  /// call's argument tuple, then the slice without `self` that becomes args.
  func callBaseExceptionInit(_ args: [Value]) throws(RunError) -> Value {
    guard case .object(let e)? = args.first, heap.kind(e) == .exception else {
      let received = args.first.map { typeName($0) } ?? "nothing"
      throw pythonError(
        "TypeError",
        is27
          ? "descriptor '__init__' requires a 'exceptions.BaseException' object but received a '\(received)'"
          : "descriptor '__init__' requires a 'BaseException' object but received a '\(received)'")
    }
    let call = makeTuple(args, freeList: true, takeReferences: false)
    let slice = makeTuple(Array(args.dropFirst()), freeList: true, takeReferences: false)
    setExceptionArguments(e, slice)
    heap.decref(slice, .stack)
    heap.decref(call, .stack)
    return .none
  }

  /// The name a traceback's last line gives the class: 2.7 prefixes a
  /// user class with its module.
  func exceptionDisplayName(_ e: ObjectID) -> String {
    heap.classOf(e) != nil && is27 ? "__main__." + heap.typeName(e) : heap.typeName(e)
  }

  func exceptionClass(of e: ObjectID) -> Native { Native(rawValue: heap.aux(e)) ?? .exception }

  /// Whether the real exception has `name` (a public attribute the
  /// simulator does not model: refused, not an AttributeError).
  func exceptionHasUnsimulatedAttribute(_ e: ObjectID, _ name: String) -> Bool {
    let dialect = program.dialect
    var own: Set<String> = is27 ? ["message"] : ["with_traceback", "add_note"]
    let native = exceptionClass(of: e)
    if native.isExceptionSubclass(of: .systemExit, in: dialect) { own.insert("code") }
    if !is27 {
      if native.isExceptionSubclass(of: .stopIteration, in: dialect) { own.insert("value") }
      if native.isExceptionSubclass(of: .nameError, in: dialect) { own.insert("name") }
      if native.isExceptionSubclass(of: .attributeError, in: dialect) { own.formUnion(["name", "obj"]) }
    }
    return own.contains(name)
  }

  func exceptionArguments(_ e: ObjectID) -> [Value] {
    guard case .object(let t) = heap.items[e.index][0] else { return [] }
    return heap.items[t.index]
  }

  /// A 3.x exception's `__traceback__`, as a new reference.
  func ownedTraceback(of e: ObjectID) -> Value {
    let tb = heap.items[e.index][Interpreter.tracebackSlot]
    heap.incref(tb, .stack)
    return tb
  }

  static let tracebackSlot = 1
  static let causeSlot = 2
  static let contextSlot = 3

  /// Replaces one of a 3.x exception's slots with an owned reference.
  func setExceptionSlot(_ e: ObjectID, _ slot: Int, _ value: Value) {
    let old = heap.replaceItem(e, at: slot, with: value, filling: .none)
    heap.decref(old, .unbind)
  }

  /// `str(e)`: nothing, the lone argument, or the args tuple (KeyError's
  /// lone key as its repr).
  func exceptionText(_ e: ObjectID) throws(RunError) -> String {
    if let text = try specialText(e, "__str__") { return text }
    let args = exceptionArguments(e)
    switch args.count {
    case 0: return ""
    case 1: return exceptionClass(of: e) == .keyError ? try repr(args[0]) : try str(args[0])
    default: return try str(heap.items[e.index][0])
    }
  }

  /// `repr(e)`: `ValueError('boom')` (2.7 shows the args tuple: `ValueError('boom',)`).
  func exceptionRepr(_ e: ObjectID) throws(RunError) -> String {
    if let text = try specialText(e, "__repr__") { return text }
    let name = heap.typeName(e)
    let args = exceptionArguments(e)
    if !is27 && args.count == 1 { return "\(name)(\(try repr(args[0])))" }
    return name + (try repr(heap.items[e.index][0]))
  }

  /// Whether the exception `value` is an instance of `cls` (a class or a
  /// tuple of them), as `except cls:` asks.
  func exceptionMatches(_ value: Value, _ cls: Value) throws(RunError) -> Bool {
    if case .object(let t) = cls, heap.kind(t) == .tuple {
      for c in heap.items[t.index] where try exceptionMatches(value, c) { return true }
      return false
    }
    if case .object(let c) = cls, heap.kind(c) == .classObject, exceptionBaseOf[c] != nil {
      guard case .object(let e) = value, heap.kind(e) == .exception else { return false }
      askSubclassCheck27(exceptionTypeValue(e), cls)
      return heap.classOf(e).map { classAndAncestors($0).contains(c) } ?? false
    }
    guard case .native(let raw) = cls, let native = Native(rawValue: raw), native.isExceptionClass else {
      if !is27 {
        throw pythonError("TypeError", "catching classes that do not inherit from BaseException is not allowed")
      }
      return false
    }
    guard case .object(let e) = value, heap.kind(e) == .exception else { return false }
    askSubclassCheck27(exceptionTypeValue(e), cls)
    return exceptionClass(of: e).isExceptionSubclass(of: native, in: program.dialect)
  }

  // MARK: Raising

  /// A missing key: KeyError's argument is the key itself (held until the
  /// exception gets its object), its message the key's repr.
  func keyError(_ key: Value) throws(RunError) -> RunError {
    let exception = PythonException("KeyError", try repr(key))
    heap.incref(key, .stack)
    exception.arguments = [key]
    return .python(exception)
  }

  /// `raise X` (`from Y`): X an exception or an exception class (called
  /// with no arguments). Takes the stack's references to X and Y.
  func raising(_ value: Value, cause: Value? = nil) -> RunError {
    let object: ObjectID
    switch raisedInstance(value) {
    case .success(let o): object = o
    case .failure(let error):
      if let cause { heap.decref(cause, .stack) }
      return error
    }
    let exception = PythonException(exceptionDisplayName(object), (try? exceptionText(object)) ?? "")
    exception.object = object
    if let cause {
      // do_raise: a class cause is called, None clears; PyException_SetCause
      // also sets __suppress_context__.
      var fixed: ObjectID?
      if cause != .none {
        guard isExceptionOrClass(cause) else {
          heap.decref(cause, .stack)
          heap.decref(object, .stack)
          return pythonError("TypeError", "exception causes must derive from BaseException")
        }
        switch raisedInstance(cause) {
        case .success(let c): fixed = c
        case .failure(let error):
          heap.decref(object, .stack)
          return error
        }
      }
      setExceptionSlot(object, Interpreter.causeSlot, fixed.map { .object($0) } ?? .none)
      exception.cause = fixed.map {
        raisedRecords[$0] ?? PythonException(exceptionDisplayName($0), (try? exceptionText($0)) ?? "")
      }
      exception.suppressContext = true
    }
    if !is27 {
      // _PyErr_SetObject: the exception being handled becomes the context.
      if case .object(let handled) = handled3, handled != object {
        heap.incref(handled, .container)
        setExceptionSlot(object, Interpreter.contextSlot, .object(handled))
        exception.context = raisedRecords[handled]
      }
      // A raised-before exception goes on with its traceback.
      exception.tracebackHead = ownedTraceback(of: object)
    }
    raisedRecords[object] = exception
    return .python(exception)
  }

  /// Whether `v` is an exception, or a class one can be made of.
  private func isExceptionOrClass(_ v: Value) -> Bool {
    switch v {
    case .native(let raw): return Native(rawValue: raw)?.isExceptionClass == true
    case .object(let o): return heap.kind(o) == .exception || exceptionBaseOf[o] != nil
    default: return false
    }
  }

  /// The exception a `raise` operand stands for: the instance itself (its
  /// reference taken), or a new one of the class (called with no arguments).
  private func raisedInstance(_ value: Value) -> Result<ObjectID, RunError> {
    switch value {
    case .native(let raw) where Native(rawValue: raw)?.isExceptionClass == true:
      return .success(makeException(Native(rawValue: raw)!, args: []))
    case .object(let o) where heap.kind(o) == .exception:
      return .success(o)
    case .object(let c) where heap.kind(c) == .classObject && exceptionBaseOf[c] != nil:
      // Called with no arguments, as the class statement's class.
      let object = newExceptionInstance(c, exceptionBaseOf[c]!, args: nil)
      heap.decref(c, .stack)
      if let initializer = lookupClassAttribute(c, "__init__"), case .object(let fn) = initializer,
        heap.kind(fn) == .function
      {
        do {
          heap.decref(try callMethodFromC(fn, self: object, args: []), .stack)
        } catch {
          heap.decref(object, .stack)
          return .failure(error)
        }
      } else if is27 {
        setExceptionArguments(object, emptyTuple)
      }
      return .success(object)
    case .object(let o) where is27 && heap.isOldStyle(o):
      heap.decref(value, .stack)
      return .failure(unsupported("raising an old-style class or instance"))
    default:
      heap.decref(value, .stack)
      return .failure(
        pythonError(
          "TypeError",
          is27
            ? "exceptions must be old-style classes or derived from BaseException, not \(typeName(value))"
            : "exceptions must derive from BaseException"))
    }
  }

  /// A bare `raise`: the exception being handled, its traceback as it is.
  func raisingHandled() -> RunError {
    if is27 {
      guard case .object(let e) = handled27.value else {
        return pythonError(
          "TypeError", "exceptions must be old-style classes or derived from BaseException, not NoneType")
      }
      heap.incref(e, .stack)
      heap.incref(handled27.traceback, .stack)
      return raisingAgain(e, traceback: handled27.traceback)
    }
    guard case .object(let e) = handled3 else { return pythonError("RuntimeError", "No active exception to reraise") }
    heap.incref(e, .stack)
    return raisingAgain(e, traceback: ownedTraceback(of: e))
  }

  /// RERAISE: the exception (and, 2.7, its traceback under it) from the stack.
  func reraiseFromStack(_ f: FrameState) -> RunError {
    let top = pop(f)
    if top == Native.unnormalized.value, let exception = f.unnormalized27.popLast() {
      exception.tracebackHead = pop(f)
      exception.skipsNextFrame = true
      return .python(exception)
    }
    guard case .object(let e) = top else { return pythonError("SystemError", "reraise of nothing") }
    return raisingAgain(e, traceback: is27 ? pop(f) : ownedTraceback(of: e))
  }

  /// Raises an owned exception and traceback again, adding no entry for
  /// the frame it is raised in.
  private func raisingAgain(_ e: ObjectID, traceback: Value) -> RunError {
    let record = raisedRecords[e] ?? PythonException(exceptionDisplayName(e), (try? exceptionText(e)) ?? "")
    let exception = PythonException(reraising: record, object: e)
    exception.tracebackHead = traceback
    exception.skipsNextFrame = true
    exception.context = record.context
    raisedRecords[e] = exception
    return .python(exception)
  }

  // MARK: Tracebacks

  /// An exception leaves a frame (at the instruction that raised it, or
  /// the call it came out of): its traceback gets the frame's line, and,
  /// where a handler could see it, a traceback object. A runtime error
  /// notes the exception being handled as its context (3.x).
  func unwind(_ exception: PythonException, through f: FrameState) {
    if exception.skipsNextFrame {
      exception.skipsNextFrame = false
      return
    }
    if !is27 && !exception.hasEntries && exception.object == nil && exception.context == nil,
      case .object(let handled) = handled3
    {
      exception.context = raisedRecords[handled]
      heap.incref(handled, .container)
      exception.contextObject = handled
    }
    // An inlined comprehension's line is the enclosing frame's: its entry
    // carries that frame's name, and that frame adds none of its own.
    let inlined = f.inlinedComprehension && frames.count >= 2
    _ = exception.unwinding(
      through: TracebackEntry(
        line: Int(f.line), column: Int(f.column), function: inlined ? frames[frames.count - 2].code.name : f.code.name,
        span: tracebackSpan(f)))
    if exception.object != nil || canCatch { addTraceback(exception, for: f) }
    if inlined { exception.skipsNextFrame = true }
  }

  /// Whether some frame of the running code (not the code a finalizer or
  /// callback interrupted) is inside a `try` block. Only then are
  /// traceback objects made for a runtime error: nothing can see them
  /// otherwise, and the run ends as before.
  var canCatch: Bool {
    for i in handlerFloor..<frames.count where !frames[i].blocks.isEmpty { return true }
    return false
  }

  /// PyTraceBack_Here: the frame's traceback object goes in front of the
  /// ones made so far. 3.x makes the frame's object first (not tracked
  /// while the frame runs).
  func addTraceback(_ exception: PythonException, for f: FrameState) {
    let frameObject = materializeFrameObject(f)
    let tb = heap.makeObject(.traceback, size: profile.objectSizes.traceback, freeList: nil)
    heap.incref(frameObject, .container)
    heap.setItems(tb, [exception.tracebackHead, .object(frameObject)])
    heap.setAux(tb, f.line)
    heap.track(tb)
    exception.tracebackHead = .object(tb)
  }

  /// 3.x `_PyFrame_GetFrameObject`: a frame object for a running frame,
  /// owned by the frame (slots of its own only once the frame returns).
  func materializeFrameObject(_ f: FrameState) -> ObjectID {
    if let fo = f.frameObject { return fo }
    let sizes = profile.objectSizes
    let size = sizes.frameBase + sizes.framePerSlot * (f.locals.count + 4)
    // 2.7's module frame has been an object since the run began.
    let fo =
      profile.framesAreObjects
      ? heap.makePreexistingObject(.frame, size: size) : heap.makeObject(.frame, size: size, freeList: nil)
    heap.setAux(fo, -1)
    f.frameObject = fo
    return fo
  }

  /// The module's frame returns: 2.7 handles again what was handled
  /// before it caught anything; its object (if one was made) goes.
  func endModuleFrame(_ frame: FrameState) {
    if is27 { restoreHandled27(frame) }
    if let fo = frame.frameObject {
      frame.frameObject = nil
      heap.decref(fo, .scopeExit)
    }
    // pyrun_file frees the parser's arena once the module's code returns
    // (before a traceback is printed).
    let held = arenaConstants
    arenaConstants = []
    for t in held { heap.decref(t, .other) }
  }

  /// A returning frame whose object something else holds (a traceback):
  /// the object keeps the frame's variables (3.x take_ownership, 2.7's
  /// frame simply living on) and its caller's frame object (`f_back`).
  /// Returns whether it did; then the variables are not released.
  func frameObjectTakesOwnership(_ frame: FrameState) -> Bool {
    guard let fo = frame.frameObject, heap.refcount(fo) > 1 else { return false }
    var slots = Array(frame.locals)
    // A generator's frame let go of its caller when it stopped running
    // (gen_send_ex clears f_back / frame->previous): no f_back.
    if let caller = frames.last, !frame.code.isGenerator {
      let back = materializeFrameObject(caller)
      heap.incref(back, .container)
      slots.append(.object(back))
    }
    heap.setItems(fo, slots)
    heap.setOwnsSlots(fo)
    outlivingFrameNames[fo] = Array(frame.code.localNames.prefix(frame.locals.count)) + ["f_back"]
    if !heap.isTracked(fo) { heap.track(fo) }
    return true
  }

  // MARK: Catching

  /// The exception met a frame with `try` blocks: the innermost block
  /// that handles it gets it (the stack cut back to the block's depth);
  /// otherwise it is thrown on.
  func catchException(_ exception: PythonException, in f: FrameState) throws(RunError) {
    while let block = f.blocks.popLast() {
      while f.stack.count > block.depth { drop(f) }
      switch block.kind {
      case .restore:
        restoreHandled(pop(f))
      case .cleanup:
        push(f, .object(takeRaised(exception)))
        f.pc = block.handler
        return
      case .finally where is27 && exception.object == nil && exception.arguments == nil:
        // 2.7 hands a `finally` the raw exception (type, value,
        // traceback), not an object: END_FINALLY raises it as it was.
        // (A KeyError's value is a tuple CPython made at the raise, which
        // the simulator makes with the object: it still normalizes here.)
        push(f, exception.tracebackHead)
        exception.tracebackHead = .none
        f.unnormalized27.append(exception)
        push(f, Native.unnormalized.value)
        f.pc = block.handler
        return
      case .except, .finally:
        // 2.7 normalizes what an except block catches: an exception raised
        // as an object is checked against its own class.
        if is27 && block.kind == .except, let object = exception.object {
          askSubclassCheck27(exceptionTypeValue(object), exceptionTypeValue(object))
        }
        let e = takeRaised(exception)
        if is27 {
          let tb = exception.tracebackHead
          exception.tracebackHead = .none
          if block.kind == .except { setHandled27(f, e, traceback: tb) }
          push(f, tb)
          push(f, .object(e))
        } else {
          // PUSH_EXC_INFO: the exception handled so far goes on the stack.
          push(f, handled3)
          handled3 = .object(e)
          heap.incref(e, .stack)
          f.blocks.append(ExceptionBlock(kind: .restore, handler: 0, depth: f.stack.count))
          push(f, .object(e))
        }
        f.pc = block.handler
        return
      }
    }
    throw .python(exception)
  }

  /// The exception object to push for a handler (an owned reference): a
  /// runtime error gets its object now, as CPython normalizes it; 3.x
  /// gives it the traceback made so far.
  func takeRaised(_ exception: PythonException) -> ObjectID {
    let e: ObjectID
    if let object = exception.object {
      e = object
    } else {
      let native = Native.exceptionClasses[exception.type] ?? .exception
      let args = exception.arguments ?? (exception.message.isEmpty ? [] : [.str(exception.message)])
      e = makeException(native, args: args)
      releaseArguments(exception)
      raisedRecords[e] = exception
      if let context = exception.contextObject {
        exception.contextObject = nil
        setExceptionSlot(e, Interpreter.contextSlot, .object(context))
      }
    }
    exception.object = nil
    if !is27 {
      setExceptionSlot(e, Interpreter.tracebackSlot, exception.tracebackHead)
      exception.tracebackHead = .none
    }
    return e
  }

  /// The references a runtime error held for its object's arguments.
  private func releaseArguments(_ exception: PythonException) {
    for v in exception.arguments ?? [] { heap.decref(v, .stack) }
    exception.arguments = nil
  }

  /// 3.x POP_EXCEPT: the handler's `restore` block goes, and the exception
  /// kept under it is the handled one again.
  func popExcept(_ f: FrameState) {
    guard let block = f.blocks.popLast(), block.kind == .restore else { return }
    restoreHandled(f.stack.remove(at: block.depth - 1))
  }

  /// Takes an owned reference as the exception being handled (3.x).
  private func restoreHandled(_ previous: Value) {
    let current = handled3
    handled3 = previous
    heap.decref(current, .unbind)
  }

  /// 2.7 set_exc_info: the frame keeps what was handled before (once),
  /// the thread and `sys.exc_*` hold the new exception.
  private func setHandled27(_ f: FrameState, _ e: ObjectID, traceback: Value) {
    let type = exceptionTypeValue(e)
    let old = handled27
    handled27 = HandledException27(type: type, value: .object(e), traceback: traceback)
    for v in [type, .object(e), traceback] {
      heap.incref(v, .stack)
      heap.incref(v, .stack)  // sys.exc_type, sys.exc_value, sys.exc_traceback
    }
    if f.savedException == nil {
      f.savedException = old
    } else {
      release27(old)
    }
    release27(old)  // the sys.exc_* references
  }

  private func release27(_ h: HandledException27) {
    heap.decref(h.type, .unbind)
    heap.decref(h.value, .unbind)
    heap.decref(h.traceback, .unbind)
  }

  /// 2.7 reset_exc_info at a frame's return: what was handled before it
  /// caught an exception is handled again.
  func restoreHandled27(_ f: FrameState) {
    guard let saved = f.savedException else { return }
    f.savedException = nil
    let old = handled27
    handled27 = saved
    for v in [saved.type, saved.value, saved.traceback] { heap.incref(v, .stack) }
    release27(old)
    release27(old)
  }

  /// 2.7 `sys.exc_clear()`.
  func clearHandled27() {
    let old = handled27
    handled27 = HandledException27()
    release27(old)
    release27(old)
  }

  /// `sys.exc_info()`: (type, value, traceback) of the exception being
  /// handled, in a new tuple.
  func excInfo() -> ObjectID {
    if is27 {
      return makeTuple([handled27.type, handled27.value, handled27.traceback], freeList: true, takeReferences: false)
    }
    guard case .object(let e) = handled3 else {
      return makeTuple([.none, .none, .none], freeList: true, takeReferences: false)
    }
    return makeTuple(
      [exceptionTypeValue(e), handled3, heap.items[e.index][Interpreter.tracebackSlot]], freeList: true,
      takeReferences: false)
  }

  func exceptionTypeValue(_ e: ObjectID) -> Value { heap.classOf(e).map { .object($0) } ?? exceptionClass(of: e).value }

  /// An uncaught SystemExit ends the run without a traceback
  /// (handle_system_exit): no argument or None is status 0, an int is the
  /// status, anything else is printed to stderr and the status is 1.
  public func systemExitStatus(_ exception: PythonException) -> (status: Int32, message: String?)? {
    guard let e = exception.object, exceptionClass(of: e) == .systemExit else { return nil }
    let args = exceptionArguments(e)
    let code = args.count == 1 ? args[0] : args.isEmpty ? .none : heap.items[e.index][0]
    switch plain(code) {
    case .none: return (0, nil)
    case .int(let n): return (Int32(truncatingIfNeeded: n), nil)
    case .bool(let b): return (b ? 1 : 0, nil)
    default: return (1, ((try? str(code)) ?? "") + "\n")
    }
  }

  /// An exception no handler caught: printed, then its objects go (CPython
  /// keeps them in `sys.last_*` until the modules are torn down).
  public func discardUncaught(_ exception: PythonException) {
    if let object = exception.object { heap.decref(object, .stack) }
    if let context = exception.contextObject { heap.decref(context, .stack) }
    exception.contextObject = nil
    releaseArguments(exception)
    heap.decref(exception.tracebackHead, .stack)
    exception.object = nil
    exception.tracebackHead = .none
  }
}

extension Interpreter {
  /// The span a traceback line's carets mark: the failing instruction's,
  /// except where the version's compiler locates an assert's raise at the
  /// whole statement (3.12), which then gets no carets, and a `for` loop's
  /// FOR_ITER, which only 3.13 locates at the iterable.
  func tracebackSpan(_ f: FrameState) -> ExprSpan? {
    let site = f.pc - 1
    guard let span = f.code.spans[site] else { return nil }
    let op = f.loaded.instructions[site].op
    if !profile.assertCaretsMarkCondition && op == .raiseAssertion { return nil }
    if !profile.forIterLocatedAtIterable && op == .forIter { return nil }
    return span
  }
}
