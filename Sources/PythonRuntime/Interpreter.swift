import GCEngine
import PythonFrontEnd

/// One activation of a code object. Frames are pooled per depth, with
/// their value buffers' storage.
final class FrameState {
  /// The code it runs, as the program loaded it.
  var loaded: LoadedCode
  var code: CodeObject { loaded.code }
  var locals = ValueBuffer()
  var stack = ValueBuffer()
  var pc = 0
  /// 2.7: the frame's heap object.
  var frameObject: ObjectID?
  /// Module and class bodies store names here (a dict object).
  var namespace: ObjectID
  var line: Int32 = 0
  var column: Int32 = 0
  /// Between `acquireFrame` and `releaseFrame`.
  var inUse: Bool
  /// A module or class frame: its namespace's version when last read
  /// (`takeChangedFrames`).
  var readNamespaceVersion = -1
  /// The `try` blocks the running code is inside, innermost last.
  var blocks: [ExceptionBlock] = []
  /// 2.7: the exception being handled when this frame first caught one
  /// (`f_exc_*`), handled again when it returns.
  var savedException: HandledException27?
  /// 2.7: the exceptions `finally` handlers run for without making them
  /// objects (each stands for an `unnormalized` marker on the stack).
  var unnormalized27: [PythonException] = []
  /// A generator's frame stopped at a `yield` (rather than returning).
  var suspended = false
  /// Raised at the `yield` a generator's frame resumes from (`close`).
  var throwOnResume: RunError?
  /// PEP 709 (3.12): a comprehension run inline in the frame below it; not
  /// a Python frame of its own (no RESUME, no traceback line of its own).
  var inlinedComprehension = false

  init(_ loaded: LoadedCode, namespace: ObjectID, inUse: Bool = false) {
    self.loaded = loaded
    self.namespace = namespace
    self.inUse = inUse
  }

  deinit {
    locals.release()
    stack.release()
  }

  /// Removes the top `n` entries without touching their refcounts (they
  /// moved elsewhere).
  @inline(__always) func dropStackTop(_ n: Int) {
    stack.removeLast(n)
  }
}

/// Runs a compiled scenario on a simulated heap, reproducing CPython's
/// reference effects instruction by instruction.
public final class Interpreter: HeapHost, CollectionHooks {
  public let heap: Heap
  public let program: Program
  public let profile: Profile
  let output: OutputWriter
  var frames: [FrameState] = []
  /// The fewest frames the stack has had since `takeChangedFrames` last
  /// read it: every frame from the one below that on may have changed.
  var frameLowWater = 0
  /// Per module or class frame (by index) the table positions of the
  /// variables last inspected, so the next inspection edits them (see
  /// `takeFrameChanges`).
  var inspectedNamespacePositions: [Int: [Int32]] = [:]
  /// A frame per call depth, reused by the next call at that depth (calls
  /// nest strictly; see `acquireFrame`).
  var framesByDepth: [FrameState] = []
  /// The unfinished generators' frames, by the generator's id.
  var generatorStates: [Int32: GeneratorState] = [:]
  public private(set) var globals: ObjectID
  var softspace = false
  /// Modules imported so far (a first import allocates; see Profile.moduleImports).
  var importedModules: Set<String> = []
  public var exceptionPending: Bool { false }

  /// Line steps executed; the run stops past `maxSteps` (0 = no limit).
  public var steps: Int { stepCounter.value }
  /// The same count, for the watchdog on another thread.
  public let stepCounter = StepCounter()
  public var maxSteps = 100_000_000 { didSet { updateSlowStepThreshold() } }
  /// Python recursion limit (frames, the module's included).
  public var recursionLimit = 1000
  /// The simulator's own bound on frames (`RunLimits.depth`; 0: none),
  /// for a scenario that raises the recursion limit.
  public var maxDepth = RunLimits.standard.depth
  /// How many nested Python calls (or repr and comparison levels) the
  /// thread's stack holds; the depth limit stops the run before them.
  public var nativeDepthBound = Int.max
  /// Stack one nested call takes, with room to spare (measured from the
  /// frames of execute, callInstruction, callFunctionOnStack, the two
  /// invokeFunctions and executeThenTearDown: about 33 KiB a call in a
  /// debug build, 2 KiB in a release one).
  #if DEBUG
    public static let stackBytesPerFrame = 40 << 10
  #else
    public static let stackBytesPerFrame = 4 << 10
  #endif
  /// Frames the run may have: the depth limit, within what the stack holds.
  var frameBound: Int { maxDepth > 0 ? min(maxDepth, nativeDepthBound) : nativeDepthBound }
  /// Bytes written (stdout and stderr), against `RunLimits.output`.
  public var outputBudget = OutputBudget(limit: RunLimits.standard.output)
  /// Called after every line step (the timeline records here).
  public var onStep: ((Interpreter) -> Void)? { didSet { updateSlowStepThreshold() } }
  var pendingLimit: RunLimit? { didSet { updateSlowStepThreshold() } }
  /// A bound passed between steps (the output limit) that the run ended
  /// before reaching its next step to stop at: it still decides the end.
  public var unreportedLimit: LimitReached? {
    if case .reached(let reached)? = pendingLimit { return reached }
    return nil
  }
  /// The step from which `lineStep` takes its slow path: 0 while a sink, a
  /// hook or a pending limit wants every line, else just past `maxSteps`.
  /// A plain headless line costs one comparison (plus the object limit's).
  private var slowStepThreshold = 0
  let is27: Bool
  /// What the refusal rule calls a real name (`realNames(is27:profile:)`).
  lazy var realNames = Interpreter.realNames(is27: is27, profile: profile)
  /// 3.12+: automatic collections wait for the eval breaker (`Profile.CollectionTrigger`).
  let collectsAtEvalBreaker: Bool
  /// `Profile.signalChecksRunScheduledCollection`.
  let signalChecksCollect: Bool
  /// `Profile.vectorcallBuiltins` as natives.
  let vectorcallNatives: Set<Native>
  /// The builtins and methods this run passes their arguments in a tuple
  /// (`withArgumentTuple`): one set, decided once.
  let argumentTupleNatives: Set<Native>
  var callbackList: ObjectID?
  var sharedEmptyTuple: ObjectID?
  /// The folded tuple literals the parser's arena still holds while the
  /// module runs (`Profile.arenaHoldsFoldedConstants`), in the order made.
  var arenaConstants: [ObjectID] = []
  /// The program's code objects as loaded, by `CodeObject.index`.
  var loadedCodes: [LoadedCode] = []
  /// 3.11 range objects and range iterators are not GC objects: they live
  /// beside the heap, named by `.native` ids from 10,000 on.
  var ranges: [Int32: (Int, Int, Int)] = [:]
  var rangeIterators: [Int32: (next: Int, stop: Int, step: Int)] = [:]
  /// 3.x: the frozenset constants of set literals, made on first use.
  var constantFrozensets: [ConstantKey: ObjectID] = [:]
  /// 2.7's shared empty frozenset, once used.
  var emptyFrozenset: ObjectID?
  var nativeCounter: Int32 = 0
  var printedOnce = false
  var reprEnterDone = false
  var pendingChunks = 0
  var pendingBytes = 0
  var pendingList: ObjectID?
  /// The first pending chunk, held alone until a second one makes the list.
  var pendingFirst: Value?
  /// The pending chunks' text, handed on when they are flushed.
  var pendingText = ""
  /// Text the lowest buffer (3.x's BufferedWriter, 2.7's stdio FILE)
  /// holds: not yet written to the file descriptor, so not yet shown.
  var unwrittenStdout = ""
  /// 3.x: the BufferedWriter's lock is held (it is writing its buffer out).
  var stdoutBusy = false
  /// What stdout is connected to (the output's `stdoutMode`).
  let stdoutMode: StdoutMode
  /// Objects a class keeps for itself (mro, descriptors): they never die.
  var classInternals: [ObjectID] = []
  /// Each class's own helper objects (the screen folds them into its box).
  var classHelpers: [ObjectID: [ObjectID]] = [:]
  /// Moves whenever a class is made or a class attribute changes: lookups
  /// cached at an instruction (`SiteCache`) are valid while it stays.
  var classEpoch = 0
  /// The exception being handled (3.x `exc_info->exc_value`; 2.7
  /// `tstate->exc_*`, with `sys.exc_*` holding a second reference each).
  var handled3: Value = .none
  var handled27 = HandledException27()
  /// Frames below this index belong to code that called into a finalizer
  /// or callback: an exception there never reaches their handlers.
  var handlerFloor = 0
  /// What each exception object was raised as: its traceback lines, for
  /// printing it (by id; a later exception at the same id replaces it).
  var raisedRecords: [ObjectID: PythonException] = [:]
  /// The variable names of frame objects that outlived their frame (the
  /// screen labels their slots with them), by id, set when they took over.
  var outlivingFrameNames: [ObjectID: [String]] = [:]
  /// Properties made so far: until there is one, attribute reads and
  /// stores skip looking for one on the class.
  var propertiesMade = 0
  /// User classes deriving from a builtin exception class: that class.
  var exceptionBaseOf: [ObjectID: Native] = [:]
  /// Each class's shared attribute keys (3.11 split dicts).
  var classKeys: [ObjectID: [String]] = [:]
  /// The classes made with `__slots__` (see Slots.swift).
  var slotLayouts: [ObjectID: SlotLayout] = [:]
  /// 3.11: each class's shared keys' `dk_usable` (see valuesArrayBytes).
  var sharedKeysUsable: [ObjectID: Int] = [:]
  /// SHARED_KEYS_MAX_SIZE: a class's shared keys start that usable.
  static let sharedKeysMaxSize = 30
  /// The values array size of the last class whose dk_usable reached 1.
  var settledValuesBytes: (cls: ObjectID, bytes: Int)?
  /// The argument tuple of the builtin being called (2.7 METH_VARARGS).
  var currentArgumentTuple: ObjectID?
  /// Set while a 2.7 call has moved its arguments off the stack (load_args):
  /// the argument tuple takes those references instead of adding its own.
  var argumentsMovedToTuple = false
  /// Calls made from C code that hold references in Swift variables.
  public internal(set) var nativeDepth = 0
  /// What the C code running now holds in its own variables (an instance
  /// being constructed, a bound method made to call `__init__`), named:
  /// see `holdingInC`.
  var heldByC: [(hold: CHold, value: Value)] = []
  /// Until shutdown lets go of `__main__` (3.x): `sys.modules` holds it.
  var holdsMainModule = true
  /// The file name tracebacks show (what the user typed, like CPython 2.7;
  /// 3.11 prefixes the working directory, set by the runner).
  public var displayFileName: String = ""
  /// False during the last collection at exit, which calls no gc.callbacks.
  var runsCollectionCallbacks = true

  public init(program: Program, profile: Profile, output: OutputWriter, sink: EventSink? = nil) {
    self.stdoutMode = output.stdoutMode
    self.program = program
    self.profile = profile
    self.output = output
    self.heap = Heap(profile: profile)
    // The dialect the program was compiled in: a scenario's profile chose it.
    self.is27 = program.dialect == .python2
    self.collectsAtEvalBreaker = profile.collectionTrigger != .insideAllocation
    self.signalChecksCollect = profile.signalChecksRunScheduledCollection
    let methods: [String: Native] = ["str.startswith": .strStartswith, "str.endswith": .strEndswith]
    self.vectorcallNatives = Set(profile.vectorcallBuiltins.compactMap { Native.builtinNames[$0] ?? methods[$0] })
    self.argumentTupleNatives =
      is27 ? Interpreter.argumentTuple27 : Interpreter.argumentTuple311.subtracting(vectorcallNatives)
    loadedCodes = program.codes.map(LoadedCode.init)
    heap.sink = sink
    // The module's globals dict exists before the script runs.
    globals = heap.makeObject(.dict, size: profile.objectSizes.dict, freeList: nil)
    heap.track(globals)
    heap.host = self
    heap.collectionHooks = self
    // The keys CPython's __main__ starts with, in its order (they decide
    // 2.7's slot order; their values are not simulated objects).
    let file = program.fileName
    heap.withTable(globals) {
      $0.set(.str("__name__"), .str("__main__"))
      $0.set(.str("__doc__"), .none)
      $0.set(.str("__package__"), .none)
      if !is27 {
        $0.set(.str("__loader__"), .none)
        $0.set(.str("__spec__"), .none)
        $0.set(.str("__annotations__"), .none)
      }
      $0.set(.str("__builtins__"), Native.module.value)
      $0.set(.str("__file__"), .str(file))
      if !is27 { $0.set(.str("__cached__"), .none) }
    }
    buildConstantTuples()
    switch profile.compileCost {
    case .perCodeBody(let count): heap.counts[0] += count * (program.codes.count - 1)
    case .replayedCPython27:
      if let shape = program.cpython27Shape { CompileAllocations27(heap: heap, sizes: profile.objectSizes).run(shape) }
    }
    updateSlowStepThreshold()
  }

  /// Tuples of constants are made when the code is loaded, as CPython's
  /// compiler does; they live as long as the program. 3.x's compiler
  /// merges equal constants across the module's code objects
  /// (merge_consts_recursive): the first one made serves them all, and a
  /// later tuple literal's own folded object stays only in the arena.
  private func buildConstantTuples() {
    // A replayed compile has counted the peephole's tuples already.
    var replayed = false
    if case .replayedCPython27 = profile.compileCost { replayed = true }
    var made: [[Value]: ObjectID] = [:]
    for loaded in loadedCodes {
      let code = loaded.code
      for (slot, values) in code.constantTuples.sorted(by: { $0.key < $1.key }) {
        let isLiteral = profile.arenaHoldsFoldedConstants && code.literalTupleSlots.contains(slot)
        if profile.mergesEqualConstants, let t = made[values] {
          heap.incref(t, .other)
          loaded.constants[slot] = .object(t)
          if isLiteral { arenaConstants.append(makeTuple(values, freeList: false)) }
          continue
        }
        let t = makeTuple(values, freeList: false, preexisting: replayed)
        loaded.constants[slot] = .object(t)
        made[values] = t
        if isLiteral {
          heap.incref(t, .other)
          arenaConstants.append(t)
        }
      }
    }
  }

  // MARK: Running

  /// Runs the module, then the interpreter's exit sequence.
  public func run() throws(RunError) {
    // The compiler's warnings, as the warnings module formats them.
    for warning in program.syntaxWarnings {
      let source =
        warning.line >= 1 && warning.line <= program.sourceLines.count
        ? program.sourceLines[warning.line - 1].trimmingCharacters(in: " \t\u{0C}") : ""
      write(
        "\(displayFileName):\(warning.line): SyntaxWarning: \(identityWarningText(warning))\n"
          + (source.isEmpty ? "" : "  \(source)\n"),
        to: .stderr)
    }
    let frame = FrameState(loadedCodes[Int(program.module.index)], namespace: globals)
    frames.append(frame)
    defer {
      frames.removeAll()
      frameLowWater = 0
    }
    let result: Value
    do {
      result = try execute(frame)
    } catch {
      endModuleFrame(frame)
      throw error
    }
    heap.decref(result, .stack)
    endModuleFrame(frame)
  }

  /// check_compare's text: 3.12 names the literal's type.
  func identityWarningText(_ w: IdentityLiteralWarning) -> String {
    let literal = profile.identityWarningNamesLiteralType ? "'\(w.literalType)' literal" : "a literal"
    return w.negated
      ? "\"is not\" with \(literal). Did you mean \"!=\"?" : "\"is\" with \(literal). Did you mean \"==\"?"
  }

  /// What the interpreter does at exit (collection, module teardown).
  public func finalize() {
    // Py_FinalizeEx's flush_std_files, before the collections; 2.7's stdio
    // writes its buffer only at the C exit, after them.
    if case .textIO = profile.stdout { flushStdoutAtExit() }
    defer { flushStdoutAtExit() }
    switch profile.shutdown {
    case .collectThenClearMain:
      // 2.7's Py_Finalize collects even with gc disabled, while the
      // modules are alive; PyImport_Cleanup then clears __main__.
      _ = heap.collect(generation: 2)
      clearModuleGlobals()
    case .collectDropMainCollect:
      // Py_FinalizeEx's PyGC_Collect (only if enabled), then
      // finalize_modules: sys.modules lets go of __main__, whose dealloc
      // drops the dict (freed now unless something still holds it), and
      // _PyGC_CollectNoFail, which runs no gc.callbacks.
      if heap.automaticCollection { _ = heap.collect(generation: 2) }
      heap.decref(globals, .unbind)
      holdsMainModule = false
      runsCollectionCallbacks = false
      defer { runsCollectionCallbacks = true }
      _ = heap.collect(generation: 2)
    }
  }

  /// _PyModule_ClearDict: names starting with one underscore first, then
  /// the rest, each set to None (which runs `__del__` of what they held).
  private func clearModuleGlobals() {
    for pass in 0..<2 {
      let entries = heap.tables[globals.index].entries
      for (key, value) in entries {
        guard case .str(let name) = key, name != "__builtins__" else { continue }
        let singleUnderscore = name.hasPrefix("_") && !name.hasPrefix("__")
        if pass == 0 && !singleUnderscore { continue }
        guard case .object = value else { continue }
        _ = heap.withTable(globals) { $0.set(key, .none) }
        heap.decref(value, .unbind)
      }
    }
  }

  // MARK: HeapHost

  public func callFinalizer(_ object: ObjectID) {
    if heap.kind(object) == .generator { return finalizeGenerator(object) }
    guard let cls = heap.classOf(object), let del = lookupClassAttribute(cls, "__del__"),
      case .object(let function) = del, heap.kind(function) == .function
    else { return }
    let floor = handlerFloor
    handlerFloor = frames.count
    defer { handlerFloor = floor }
    do {
      // Dealloc revives the object, or the collector holds it, for the call.
      let result = try holdingInC(.delCaller, .object(object)) { () throws(RunError) in
        try callMethodFromC(function, self: object, args: [])
      }
      heap.decref(result, .stack)
    } catch {
      reportUnraisable(error, inFinalizerOf: object, function: function)
    }
  }

  public func callWeakrefCallback(_ callback: Value, weakref: ObjectID) {
    // 2.7's handle_callback builds an argument tuple; 3.x calls directly.
    let args = is27 ? makeTuple([.object(weakref)], freeList: true, takeReferences: false) : nil
    let outcome: Result<Value, RunError>
    let floor = handlerFloor
    handlerFloor = frames.count
    defer { handlerFloor = floor }
    // The weakref is held for the call; so is the callback once a dying
    // referent's weakref has let go of it.
    var holds: [(hold: CHold, value: Value)] = [(.callbackCaller, .object(weakref))]
    if heap.items[weakref.index].first != callback { holds.append((.callbackBeingCalled, callback)) }
    if let args { holds.append((.callbackArguments, .object(args))) }
    do {
      outcome = .success(
        try holdingInC(holds) { () throws(RunError) in try callValue(callback, args: [.object(weakref)]) })
    } catch {
      outcome = .failure(error)
    }
    if let args { heap.decref(args, .stack) }
    switch outcome {
    case .success(let result): heap.decref(result, .stack)
    case .failure(let error): reportUnraisable(error, in: callback)
    }
  }

  public func writeCollectorMessage(_ text: String) {
    write(text, to: .stderr)
  }

  public func collectionWillStart(generation: Int) {
    syncFrameObjects()
    guard runsCollectionCallbacks else { return }
    runGCCallbacks(phase: "start", generation: generation, collected: 0, uncollectable: 0)
  }

  public func collectionDidFinish(generation: Int, collected: Int, uncollectable: Int) {
    guard runsCollectionCallbacks else { return }
    runGCCallbacks(phase: "stop", generation: generation, collected: collected, uncollectable: uncollectable)
  }

  /// 2.7 frames are GC objects that reference their locals and stack; the
  /// collector reads those through the frame's heap object.
  func syncFrameObjects() {
    guard profile.framesAreObjects else { return }
    for f in frames {
      if let fo = f.frameObject { heap.setItems(fo, Array(f.locals) + Array(f.stack)) }
    }
  }

  /// One PyFile_WriteObject(value, sys.stdout) as 3.11's print makes it:
  /// the bound `write` method is a short-lived GC object (it can trigger
  /// a collection), `str(value)` is made next, and the TextIOWrapper keeps
  /// that str itself as a pending chunk (the first alone, then all in a
  /// list) until it flushes (8 KiB pending; a newline on a terminal; every
  /// write unbuffered), so printed strs stay alive and keep their blocks.
  func writeThroughTextIO(_ value: Value) throws(RunError) {
    if !printedOnce && !profile.keywordTuplesAreStatic {
      // The first print of the process makes print's keyword tuple, which
      // stays (3.11 `Python/getargs.c:parser_init`): four names, so a
      // spare from the 4-tuple free list when startup left one (no count;
      // after a full collection emptied the lists, a new block).
      printedOnce = true
      let keep = heap.makeObject(.tuple, size: profile.objectSizes.tupleBase + 4 * 8, freeList: .tuple(4))
      heap.track(keep)
      keepForever(keep)
    }
    let method = heap.makeObject(.builtinMethod, size: profile.objectSizes.builtinMethod, freeList: nil)
    heap.track(method)
    defer { heap.decref(method, .stack) }
    try holdingInC(.printWriteMethod, .object(method)) { () throws(RunError) in try writePending(value) }
  }

  /// PyErr_CheckSignals as PyObject_Str and PyObject_Repr call it first:
  /// from 3.12 it runs a collection that is scheduled, wherever in C it is
  /// (`signalChecksRunScheduledCollection`).
  func checkSignals() {
    if signalChecksCollect && heap.collectionScheduled { heap.runScheduledCollection() }
  }

  /// `checkSignals` where an exact str takes a short cut around it.
  func checkSignals(unlessStr v: Value) {
    guard signalChecksCollect && heap.collectionScheduled else { return }
    if case .str = plain(v) { return }
    heap.runScheduledCollection()
  }

  private var textIO: Profile.TextIOModel {
    if case .textIO(let model) = profile.stdout { return model }
    return .cpython3
  }

  /// The rest of `writeThroughTextIO`, while the bound `write` is held
  /// (textiowrapper_write).
  private func writePending(_ value: Value) throws(RunError) {
    // PyFile_WriteObject's PyObject_Str, even of a str: after the bound
    // `write` was made (which may have scheduled a collection), before
    // the text goes to the buffer.
    checkSignals()
    let chunk: Value
    if case .str = plain(value) { chunk = keep(value) } else { chunk = makeString(try str(value)) }
    defer { heap.decref(chunk, .stack) }
    let text = self.text(of: chunk) ?? ""
    let bytes = text.utf8.count
    if pendingBytes + bytes > textIO.chunkSize { try flushPendingText() }
    // Text that is not ASCII is encoded first: the pending chunk is a new
    // bytes object of the encoded length, not the str.
    var pending = chunk
    if !text.utf8.allSatisfy({ $0 < 0x80 }) {
      pending = .object(heap.makeString(text, size: 33 + bytes))
    } else {
      heap.incref(chunk, .container)
    }
    if let list = pendingList {
      heap.appendItem(list, pending)
    } else if let first = pendingFirst {
      let chunks = pendingChunks
      let list = heap.makeObject(.list, size: profile.objectSizes.list, freeList: .list)
      if pendingChunks != chunks || pendingFirst == nil {
        // A collection in PyList_New(2) ran a finalizer that printed:
        // 3.11 then puts what the pending slot holds now (NULL after a
        // flush) into the list and crashes (gh-97922).
        heap.decref(pending, .release)
        heap.decref(list, .release)
        throw unsupported(
          "a finalizer's print inside the collection sys.stdout's pending list set off (CPython 3.11 crashes there, gh-97922)"
        )
      }
      heap.setItems(list, [first, pending])
      heap.track(list)
      pendingList = list
      pendingFirst = nil
    } else {
      pendingFirst = pending
    }
    pendingChunks += 1
    pendingBytes += bytes
    pendingText += text
    // Line buffering flushes on '\n' or '\r'; write-through on every write.
    let lineFlush = stdoutMode == .tty && text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    if pendingBytes >= textIO.chunkSize || lineFlush || stdoutMode == .unbuffered { try flushPendingText() }
    if lineFlush { try flushBufferedWriter() }
  }

  /// _textiowrapper_writeflush: the pending chunks are joined into one
  /// bytes object, dropped, and the bytes handed to the buffer's `write`,
  /// then freed.
  func flushPendingText() throws(RunError) {
    guard pendingChunks > 0 else { return }
    let joined = 33 + pendingBytes  // PyBytesObject: a 33-byte header, then the bytes
    let bytes = heap.allocateScratch(joined)
    defer { heap.freeScratch(bytes, size: joined) }
    if let list = pendingList {
      pendingList = nil
      heap.decref(list, .release)
    }
    if let first = pendingFirst {
      pendingFirst = nil
      heap.decref(first, .release)
    }
    pendingChunks = 0
    pendingBytes = 0
    let text = pendingText
    pendingText = ""
    try bufferedWrite(text)
  }

  /// The TextIOWrapper's buffer's `write`: unbuffered, the raw FileIO
  /// writes at once; else _io_BufferedWriter_write_impl keeps what fits
  /// and writes out (its lock held) what does not.
  private func bufferedWrite(_ text: String) throws(RunError) {
    if stdoutMode == .unbuffered {
      emitStdout(text)
      return
    }
    if stdoutBusy { throw reentrantStdout() }
    let size = textIO.bufferSize
    if text.utf8.count <= size - unwrittenStdout.utf8.count {
      unwrittenStdout += text
      return
    }
    stdoutBusy = true
    defer { stdoutBusy = false }
    if !unwrittenStdout.isEmpty {
      let held = unwrittenStdout
      unwrittenStdout = ""
      rawWrite(held)
    }
    if text.utf8.count > size { rawWrite(text) } else { unwrittenStdout = text }
  }

  /// The BufferedWriter's `flush` (buffered_flush): its lock, then what it
  /// holds written out.
  func flushBufferedWriter() throws(RunError) {
    guard stdoutMode != .unbuffered else { return }
    if stdoutBusy { throw reentrantStdout() }
    guard !unwrittenStdout.isEmpty else { return }
    stdoutBusy = true
    defer { stdoutBusy = false }
    let held = unwrittenStdout
    unwrittenStdout = ""
    rawWrite(held)
  }

  /// sys.stdout.flush() (print's `flush=True`).
  func flushStdout() throws(RunError) {
    if case .cStdio = profile.stdout {
      emitStdout(unwrittenStdout)
      unwrittenStdout = ""
      return
    }
    try flushPendingText()
    try flushBufferedWriter()
  }

  /// A run stopped by a bound or a refusal does not exit: what its
  /// buffers hold is shown as it stands (the BufferedWriter's bytes, then
  /// the TextIOWrapper's pending text), nothing allocated.
  public func writeOutUnflushed() {
    let held = unwrittenStdout + pendingText
    unwrittenStdout = ""
    pendingText = ""
    emitStdout(held)
  }

  /// At exit: 3.x flushes sys.stdout (flush_std_files; an error there is
  /// not the script's), 2.7's stdio its buffer.
  private func flushStdoutAtExit() {
    do { try flushStdout() } catch {}
  }

  /// _bufferedwriter_raw_write, the lock held: a managed buffer and a
  /// memoryview of the bytes (GC allocations: in 3.11 a collection can
  /// start in either, and its finalizers run while the lock is held),
  /// then the bytes reach the file descriptor and both are freed.
  private func rawWrite(_ text: String) {
    let model = textIO
    let buffer = heap.makeObject(.iterator, size: model.managedBufferSize, freeList: nil)
    heap.setLabel(buffer, "managedbuffer")
    heap.track(buffer)
    let view = try? holdingInC(.stdoutManagedBuffer, .object(buffer)) { () throws(RunError) in
      heap.makeObject(.iterator, size: model.memoryviewSize, freeList: nil)
    }
    guard let view else { return }
    heap.setLabel(view, "memoryview")
    heap.setItems(view, [.object(buffer)])
    heap.track(view)
    heap.decref(buffer, .stack)
    emitStdout(text)
    heap.decref(view, .stack)
  }

  /// What a print inside a finalizer meets while the BufferedWriter
  /// writes (_enter_buffered_busy).
  private func reentrantStdout() -> RunError {
    pythonError("RuntimeError", "reentrant call inside <_io.BufferedWriter name='<stdout>'>")
  }

  /// 2.7: text into the stdio FILE, which writes on its own schedule.
  private func stdioWrite(_ text: String) {
    guard case .cStdio(let block) = profile.stdout else { return emitStdout(text) }
    switch stdoutMode {
    case .unbuffered:
      emitStdout(text)
    case .tty:
      // _IO_new_file_xsputn, line-buffered: through the last newline.
      unwrittenStdout += text
      if let last = unwrittenStdout.lastIndex(of: "\n") {
        let end = unwrittenStdout.index(after: last)
        emitStdout(String(unwrittenStdout[..<end]))
        unwrittenStdout = String(unwrittenStdout[end...])
      }
    case .pipe:
      // Whole blocks go out; the rest stays (cut at a character boundary).
      unwrittenStdout += text
      let count = unwrittenStdout.utf8.count
      guard count >= block else { return }
      let utf8 = unwrittenStdout.utf8
      var cut = utf8.index(utf8.startIndex, offsetBy: count - count % block)
      while String.Index(cut, within: unwrittenStdout) == nil { cut = utf8.index(before: cut) }
      let end = String.Index(cut, within: unwrittenStdout)!
      emitStdout(String(unwrittenStdout[..<end]))
      unwrittenStdout = String(unwrittenStdout[end...])
    }
  }

  func write(_ text: String, to stream: GCEngine.OutputStream) {
    if stream == .stdout { return stdioWrite(text) }
    emit(text, to: stream)
  }

  /// Text that reaches stdout's file descriptor.
  private func emitStdout(_ text: String) {
    guard !text.isEmpty else { return }
    emit(text, to: .stdout)
  }

  private func emit(_ text: String, to stream: GCEngine.OutputStream) {
    let (text, exceeded) = outputBudget.admit(text)
    if exceeded { pendingLimit = pendingLimit ?? .reached(.output(outputBudget.limit)) }
    if text.isEmpty && exceeded { return }
    heap.record(.output(stream, text))
    output.write(text, to: stream)
  }

  /// The run's bounds: steps, objects, memory, depth and output.
  public func apply(_ limits: RunLimits) {
    maxSteps = limits.steps
    maxDepth = limits.depth
    outputBudget = OutputBudget(limit: limits.output)
    heap.setLimits(objects: limits.objects, memory: limits.memory)
  }

  // MARK: Frames

  func acquireFrame(code: CodeObject, namespace: ObjectID) -> FrameState {
    let loaded = loadedCodes[Int(code.index)]
    let depth = frames.count
    while framesByDepth.count <= depth { framesByDepth.append(FrameState(loaded, namespace: namespace)) }
    let frame = framesByDepth[depth]
    // A call made while a frame at this depth is being torn down (a
    // `__del__` its locals trigger) gets a frame of its own.
    if frame.inUse { return FrameState(loaded, namespace: namespace, inUse: true) }
    frame.inUse = true
    // The same function at the same depth again is the common case.
    if frame.loaded !== loaded { frame.loaded = loaded }
    frame.namespace = namespace
    frame.pc = 0
    return frame
  }

  func releaseFrame(_ frame: FrameState) {
    frame.locals.removeAll()
    frame.stack.removeAll()
    if !frame.blocks.isEmpty { frame.blocks.removeAll() }
    // Raw exceptions a `finally` was left by another one.
    while let stale = frame.unnormalized27.popLast() { discardUncaught(stale) }
    if frame.savedException != nil { frame.savedException = nil }
    frame.frameObject = nil
    frame.inUse = false
  }

  public var currentLocation: (line: Int, column: Int) {
    guard let f = frames.last else { return (0, 0) }
    return (Int(f.line), Int(f.column))
  }

  // MARK: The evaluation loop

  @inline(__always) func push(_ frame: FrameState, _ value: Value) {
    frame.stack.append(value)
  }

  @inline(__always) func pushCopy(_ frame: FrameState, _ value: Value) {
    heap.incref(value, .stack)
    frame.stack.append(value)
  }

  @inline(__always) func pop(_ frame: FrameState) -> Value {
    frame.stack.removeLast()
  }

  @inline(__always) func drop(_ frame: FrameState) {
    heap.decref(frame.stack.removeLast(), .stack)
  }

  func execute(_ f: FrameState) throws(RunError) -> Value {
    if let thrown = f.throwOnResume {
      f.throwOnResume = nil
      try raise(thrown, in: f)
    }
    let loaded = f.loaded
    let code = loaded.code
    // A plain pointer: no array retained and released per call.
    let instructions = UnsafeBufferPointer(loaded.instructions)
    var lastLine: Int32 = -1
    // RESUME: a frame's entry, and a generator's resumption after `yield`,
    // checks the eval breaker (3.12 `Python/bytecodes.c`).
    if heap.collectionScheduled && !f.inlinedComprehension { heap.runScheduledCollection() }
    while true {
      let ins = instructions[f.pc]
      f.pc += 1
      f.line = ins.line
      f.column = ins.column
      // A new line, or a loop's next turn, is one step.
      let steps = ins.line != lastLine || ins.op == .forIter
      if steps {
        lastLine = ins.line
        try lineStep(f)
      }
      do throws(RunError) {
        switch ins.op {
        case .nop:
          break
        case .loadConst:
          pushCopy(f, loaded.constants[Int(ins.arg)])
        case .loadFast:
          let v = f.locals[Int(ins.arg)]
          if case .native(Native.unbound.rawValue) = v { throw unboundLocal(code.localNames[Int(ins.arg)]) }
          pushCopy(f, v)
        case .storeFast:
          let v = pop(f)
          let old = f.locals[Int(ins.arg)]
          f.locals[Int(ins.arg)] = v
          heap.decref(old, .unbind)
        case .deleteFast:
          let old = f.locals[Int(ins.arg)]
          if case .native(Native.unbound.rawValue) = old { throw unboundLocal(code.localNames[Int(ins.arg)]) }
          f.locals[Int(ins.arg)] = Native.unbound.value
          heap.decref(old, .unbind)
        case .loadGlobal:
          // Cached against the globals' keys version, like 3.11's
          // specialized LOAD_GLOBAL: while no global comes or goes, the
          // name's entry (or its builtin) is known, and storing a global
          // (`i += 1` at module level) does not send every load to hashing.
          let slot = Int(ins.arg)
          let version = heap.tableKeysVersion(globals)
          if loaded.globalCacheVersion.isEmpty {
            loaded.globalCacheVersion = Array(repeating: -1, count: code.names.count)
            loaded.globalCacheEntry = Array(repeating: -1, count: code.names.count)
            loaded.globalCacheValue = Array(repeating: .none, count: code.names.count)
          }
          if loaded.globalCacheVersion[slot] == version {
            let entry = loaded.globalCacheEntry[slot]
            if entry < 0 {
              pushCopy(f, loaded.globalCacheValue[slot])
            } else if let v = heap.tableValue(globals, atEntry: entry) {
              pushCopy(f, v)
            } else {
              pushCopy(f, try loadGlobal(code.names[slot]))
            }
          } else {
            let name = code.names[slot]
            let v = try loadGlobal(name)
            loaded.globalCacheVersion[slot] = version
            loaded.globalCacheEntry[slot] = heap.tableEntry(globals, name: name) ?? -1
            loaded.globalCacheValue[slot] = v
            pushCopy(f, v)
          }
        case .storeGlobal:
          try storeInDict(globals, key: .str(code.names[Int(ins.arg)]), value: pop(f))
        case .deleteGlobal:
          try deleteName(code.names[Int(ins.arg)], from: globals, global: true)
        case .loadName:
          let name = code.names[Int(ins.arg)]
          if f.namespace != globals, let v = heap.lookup(f.namespace, name: name) {
            pushCopy(f, v)
          } else {
            pushCopy(f, try loadGlobal(name))
          }
        case .storeName:
          try storeInDict(f.namespace, key: .str(code.names[Int(ins.arg)]), value: pop(f))
        case .deleteName:
          try deleteName(code.names[Int(ins.arg)], from: f.namespace, global: f.namespace == globals)
        case .loadAttr:
          let object = pop(f)
          defer { heap.decref(object, .stack) }
          push(f, try getAttribute(object, code.names[Int(ins.arg)]))
        case .storeAttr:
          let object = pop(f)
          let value = pop(f)
          defer { heap.decref(object, .stack) }
          try setAttribute(object, code.names[Int(ins.arg)], value)
        case .deleteAttr:
          let object = pop(f)
          defer { heap.decref(object, .stack) }
          try deleteAttribute(object, code.names[Int(ins.arg)])
        case .loadMethod:
          try loadMethod(f, code.names[Int(ins.arg)])
        case .callMethod:
          let checks = collectsAtEvalBreaker && callChecksEvalBreaker(f, ins.op, Int(ins.arg))
          try callMethodInstruction(f, argc: Int(ins.arg))
          if checks && heap.collectionScheduled { heap.runScheduledCollection() }
        case .call:
          let checks = collectsAtEvalBreaker && callChecksEvalBreaker(f, ins.op, Int(ins.arg))
          try callInstruction(f, argc: Int(ins.arg), base: f.stack.count - Int(ins.arg) - 1)
          if checks && heap.collectionScheduled { heap.runScheduledCollection() }
        case .callKeywords:
          let checks = collectsAtEvalBreaker && callChecksEvalBreaker(f, ins.op, Int(ins.arg))
          try callWithKeywords(f, operand: Int(ins.arg), names: code.keywordNames[Int(ins.arg) >> 16])
          if checks && heap.collectionScheduled { heap.runScheduledCollection() }
        case .callFunctionEx:
          let checks = collectsAtEvalBreaker && callChecksEvalBreaker(f, ins.op, Int(ins.arg))
          try callFunctionEx(f, operand: Int(ins.arg), names: code.keywordNames[Int(ins.arg) >> 16])
          if checks && heap.collectionScheduled { heap.runScheduledCollection() }
        case .binarySubscr:
          let index = pop(f)
          let container = pop(f)
          defer {
            heap.decref(index, .stack)
            heap.decref(container, .stack)
          }
          push(f, try getItem(container, index))
        case .storeSubscr:
          let index = pop(f)
          let container = pop(f)
          let value = pop(f)
          defer {
            heap.decref(index, .stack)
            heap.decref(container, .stack)
          }
          try storeSubscript(container, index, value)
        case .deleteSubscr:
          let index = pop(f)
          let container = pop(f)
          defer {
            heap.decref(index, .stack)
            heap.decref(container, .stack)
          }
          try deleteSubscript(container, index)
        case .loadSlice, .storeSlice, .deleteSlice:
          let upper = pop(f)
          let lower = pop(f)
          let container = pop(f)
          defer {
            heap.decref(upper, .stack)
            heap.decref(lower, .stack)
            heap.decref(container, .stack)
          }
          switch ins.op {
          case .loadSlice: push(f, try slice(container, lower, upper))
          case .storeSlice: try storeSlice(container, lower, upper, pop(f))
          default: try deleteSlice(container, lower, upper)
          }
        case .binaryOp:
          let right = pop(f)
          let left = pop(f)
          // BINARY_OP drops both operands before an error propagates.
          let result = Result { () throws(RunError) in
            try binaryOperation(Int(ins.arg) & 0xff, left, right, inPlace: ins.arg & 0x100 != 0)
          }
          heap.decref(right, .stack)
          heap.decref(left, .stack)
          push(f, try result.get())
        case .unaryOp:
          try executeUnaryOp(f, Int(ins.arg))
        case .compareOp:
          let right = pop(f)
          let left = pop(f)
          // Dropped whether or not the comparison raises.
          let result = Result { () throws(RunError) in try compare(Int(ins.arg), left, right) }
          heap.decref(right, .stack)
          heap.decref(left, .stack)
          push(f, .bool(try result.get()))
        case .jump:
          // A loop's jump back is a line event in CPython's tracing; one
          // whose body ends on another line stepped at this jump already
          // (it carries the loop's line), a loop on one line steps here.
          if Int(ins.arg) < f.pc && !steps { lastLine = -1 }
          // JUMP_BACKWARD checks the eval breaker.
          if Int(ins.arg) < f.pc && heap.collectionScheduled { heap.runScheduledCollection() }
          f.pc = Int(ins.arg)
        case .popJumpIfFalse, .popJumpIfTrue:
          // The condition is dropped before its truth's error is raised.
          let v = pop(f)
          let truth = Result { () throws(RunError) in try truthy(v) }
          heap.decref(v, .stack)
          if try truth.get() == (ins.op == .popJumpIfTrue) { f.pc = Int(ins.arg) }
        case .jumpIfFalseOrPop:
          if !(try truthy(f.stack[f.stack.count - 1])) { f.pc = Int(ins.arg) } else { drop(f) }
        case .jumpIfTrueOrPop:
          if try truthy(f.stack[f.stack.count - 1]) { f.pc = Int(ins.arg) } else { drop(f) }
        case .buildList:
          let n = Int(ins.arg)
          let values = Array(f.stack.suffix(n))
          f.dropStackTop(n)
          push(f, .object(try makeList(values)))
        case .buildTuple:
          let n = Int(ins.arg)
          let values = Array(f.stack.suffix(n))
          f.dropStackTop(n)
          push(f, .object(makeTuple(values, freeList: true)))
        case .buildSet:
          let n = Int(ins.arg)
          let values = Array(f.stack.suffix(n))
          f.stack.removeLast(n)
          push(f, .object(try buildSet(values)))
        case .buildSetFromConstants:
          push(f, .object(try buildSetFromConstants(Int(ins.arg), in: f.code)))
        case .buildMap:
          let n = Int(ins.arg)
          let values = Array(f.stack.suffix(2 * n))
          f.stack.removeLast(2 * n)
          push(f, .object(try makeDict(pairs: values)))
        case .returnValue:
          return pop(f)
        case .popTop:
          drop(f)
        case .dupTop:
          pushCopy(f, f.stack[f.stack.count - 1])
        case .dupTopTwo:
          let a = f.stack[f.stack.count - 2]
          let b = f.stack[f.stack.count - 1]
          pushCopy(f, a)
          pushCopy(f, b)
        case .rotTwo:
          f.stack.swapAt(f.stack.count - 1, f.stack.count - 2)
        case .rotThree:
          let top = f.stack.removeLast()
          f.stack.insert(top, at: f.stack.count - 2)
        case .getIter:
          let iterable = pop(f)
          defer { heap.decref(iterable, .stack) }
          push(f, try makeIterator(iterable))
        case .forIter:
          let iterator = f.stack[f.stack.count - 1]
          let next: Value?
          if case .object(let gen) = iterator, heap.kind(gen) == .generator {
            next = try resumeGenerator(gen, fromC: false)
          } else {
            next = try iteratorNext(iterator)
          }
          if let next {
            push(f, next)
          } else {
            drop(f)
            f.pc = Int(ins.arg)
          }
        case .makeFunction:
          try executeMakeFunction(f, code, Int(ins.arg))
        case .makeClass:
          let child = code.children[Int(ins.arg)]
          let baseCount = code.childOperands[Int(ins.arg)].count
          let bases = Array(f.stack.suffix(baseCount))
          f.dropStackTop(baseCount)
          push(f, .object(try makeClass(child, bases: bases, parenthesized: code.childOperands[Int(ins.arg)].flag)))
          // `class` is a CALL of __build_class__ (a C function): it checks
          // the eval breaker when it returns.
          if heap.collectionScheduled { heap.runScheduledCollection() }
        case .importName:
          push(f, try importModule(code.names[Int(ins.arg)]))
        case .importFrom:
          let module = f.stack[f.stack.count - 1]
          push(f, try getAttribute(module, code.names[Int(ins.arg)]))
        case .printItem:
          try executePrintItem(f)
        case .printNewline:
          write("\n", to: .stdout)
          softspace = false
        case .unpackSequence:
          let seq = pop(f)
          defer { heap.decref(seq, .stack) }
          if let drawn = try unpackIterable(seq, count: Int(ins.arg)) {
            for v in drawn.reversed() { push(f, v) }
            break
          }
          let values = try sequenceItems(seq)
          guard values.count == Int(ins.arg) else {
            if values.count > Int(ins.arg) {
              throw pythonError(
                "ValueError",
                is27 ? "too many values to unpack" : "too many values to unpack (expected \(ins.arg))")
            }
            throw pythonError(
              "ValueError",
              is27
                ? "need more than \(values.count) value\(values.count == 1 ? "" : "s") to unpack"
                : "not enough values to unpack (expected \(ins.arg), got \(values.count))")
          }
          for v in values.reversed() { pushCopy(f, v) }
        case .setupExcept:
          f.blocks.append(ExceptionBlock(kind: .except, handler: Int(ins.arg), depth: f.stack.count))
        case .setupFinally:
          f.blocks.append(ExceptionBlock(kind: .finally, handler: Int(ins.arg), depth: f.stack.count))
        case .setupCleanup:
          f.blocks.append(ExceptionBlock(kind: .cleanup, handler: Int(ins.arg), depth: f.stack.count))
        case .popBlock:
          _ = f.blocks.popLast()
        case .popExcept:
          popExcept(f)
        case .exceptionMatch:
          let cls = pop(f)
          defer { heap.decref(cls, .stack) }
          push(f, .bool(try exceptionMatches(f.stack[f.stack.count - 1], cls)))
        case .reraise:
          throw reraiseFromStack(f)
        case .raiseVarargs:
          if ins.arg == 2 {
            let cause = pop(f)
            throw raising(pop(f), cause: cause)
          }
          throw ins.arg == 0 ? raisingHandled() : raising(pop(f))
        case .makeCell:
          let slot = Int(ins.arg)
          let v = f.locals[slot]
          let cell = heap.makeObject(.cell, size: profile.objectSizes.cell, freeList: nil)
          if case .native(Native.unbound.rawValue) = v {} else { heap.setItems(cell, [v]) }
          heap.track(cell)
          f.locals[slot] = .object(cell)
        case .loadDeref:
          guard case .object(let cell) = f.locals[Int(ins.arg)], let v = heap.items[cell.index].first else {
            throw emptyCell(f, Int(ins.arg))
          }
          pushCopy(f, v)
        case .storeDeref:
          let v = pop(f)
          guard case .object(let cell) = f.locals[Int(ins.arg)] else { break }
          let old = heap.items[cell.index].first ?? .none
          heap.setItems(cell, [v])
          heap.decref(old, .unbind)
        case .deleteDeref:
          guard case .object(let cell) = f.locals[Int(ins.arg)], let old = heap.items[cell.index].first else {
            throw emptyCell(f, Int(ins.arg))
          }
          heap.setItems(cell, [])
          heap.decref(old, .unbind)
        case .loadClosure:
          pushCopy(f, f.locals[Int(ins.arg)])
        case .listAppend:
          let v = pop(f)
          guard case .object(let list) = f.stack[f.stack.count - Int(ins.arg)] else { break }
          heap.appendItem(list, v)
        case .setAdd:
          let v = pop(f)
          defer { heap.decref(v, .stack) }
          guard case .object(let s) = f.stack[f.stack.count - Int(ins.arg)] else { break }
          try addToSet(s, v)
        case .mapAdd:
          let value = pop(f)
          let key = pop(f)
          defer { heap.decref(key, .stack) }
          guard case .object(let dict) = f.stack[f.stack.count - Int(ins.arg)] else { break }
          if isUnhashable(key) {
            heap.decref(value, .stack)
            throw pythonError("TypeError", "unhashable type: '\(typeName(key))'")
          }
          try storeInDict(dict, key: key, value: value)
        case .formatValue:
          let spec = ins.arg & 4 != 0 ? pop(f) : nil
          let value = pop(f)
          push(f, try formatValue(value, conversion: Int(ins.arg & 3), spec: spec))
        case .buildString:
          let n = Int(ins.arg)
          let pieces = Array(f.stack.suffix(n))
          f.dropStackTop(n)
          push(f, joinStrings(pieces))
        case .setupWith:
          try setupWith(f, handler: Int(ins.arg))
        case .exitWith:
          try exitWith(f)
        case .withExceptStart:
          push(f, .bool(try withExceptStart(f)))
        case .yieldValue:
          if !is27 && f.blocks.contains(where: { $0.kind == .restore }) {
            throw unsupported("a yield inside an except block")
          }
          f.suspended = true
          return pop(f)
        case .raiseAssertion:
          if ins.arg == 1 {
            let message = pop(f)
            defer { heap.decref(message, .stack) }
            throw pythonError("AssertionError", try str(message))
          }
          throw pythonError("AssertionError", "")
        }
      } catch {
        try raise(error, in: f)
      }
    }
  }

  /// An error raised in `f`: the frame goes on its traceback, and the
  /// innermost `try` block takes it, or it leaves the frame.
  private func raise(_ error: RunError, in f: FrameState) throws(RunError) {
    guard case .python(let exception) = error else { throw error }
    unwind(exception, through: f)
    if f.blocks.isEmpty { throw error }
    try catchException(exception, in: f)
  }

  private func updateSlowStepThreshold() {
    let everyLine = heap.sink != nil || onStep != nil || pendingLimit != nil
    slowStepThreshold = everyLine ? 0 : (maxSteps > 0 ? maxSteps + 1 : Int.max)
  }

  @inline(__always) func lineStep(_ f: FrameState) throws(RunError) {
    if stepCounter.increment() >= slowStepThreshold || heap.overLimit { try slowLineStep(f) }
  }

  private func slowLineStep(_ f: FrameState) throws(RunError) {
    if heap.sink != nil { heap.record(.line(Int(f.line), column: Int(f.column), frameDepth: frames.count - 1)) }
    // One test for the rare stops, then which one.
    if (maxSteps > 0 && steps > maxSteps) || heap.overLimit || pendingLimit != nil {
      if let pendingLimit { throw .limit(pendingLimit) }
      if maxSteps > 0 && steps > maxSteps { throw .limit(.reached(.steps(maxSteps))) }
      if let reached = heap.limitReached { throw .limit(.reached(reached)) }
    }
    if let onStep { onStep(self) }
  }

  /// A cell read or deleted before anything was stored in it.
  func emptyCell(_ f: FrameState, _ slot: Int) -> RunError {
    let name = f.code.localNames[slot]
    guard slot >= f.code.localNames.count - f.code.freeVariableCount else { return unboundLocal(name) }
    return pythonError(
      "NameError",
      is27
        ? "free variable '\(name)' referenced before assignment in enclosing scope"
        : "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
  }

  func unboundLocal(_ name: String) -> RunError {
    pythonError(
      "UnboundLocalError",
      is27
        ? "local variable '\(name)' referenced before assignment"
        : "cannot access local variable '\(name)' where it is not associated with a value")
  }

  func pythonError(_ type: String, _ message: String) -> RunError {
    .python(PythonException(type, message))
  }

  // MARK: Names

  func loadGlobal(_ name: String) throws(RunError) -> Value {
    if let v = heap.lookup(globals, name: name) { return v }
    if let native = Native.builtinNames[name] { return native.value }
    if let native = Native.exceptionClasses[name], native.exceptionExists(in: program.dialect) { return native.value }
    switch name {
    case "None": return .none
    case "True": return .bool(true)
    case "False": return .bool(false)
    case "print" where !is27: return Native.print.value
    default: break
    }
    if realNames["builtins"]!.contains(name) { throw unsupported("the builtin '\(name)'") }
    throw pythonError(
      "NameError", is27 && frames.count > 1 ? "global name '\(name)' is not defined" : "name '\(name)' is not defined")
  }

  func deleteName(_ name: String, from dict: ObjectID, global: Bool) throws(RunError) {
    guard let old = heap.withTable(dict, { $0.remove(.str(name)) }) else {
      throw pythonError(
        "NameError",
        is27 && global && frames.count > 1 ? "global name '\(name)' is not defined" : "name '\(name)' is not defined")
    }
    heap.decref(old, .unbind)
  }

  /// Stores an owned reference in a dict, dropping the one it replaces.
  /// A str object key is stored by its text: DictStorage hashes values,
  /// so the dict does not keep that str alive (CPython's would).
  func storeInDict(_ dict: ObjectID, key: Value, value: Value) throws(RunError) {
    let key = plain(key)
    heap.incref(key, .container)
    let old = heap.withTable(dict) { $0.set(key, value) }
    heap.dictDidStore(dict, key: key, value: value)
    if let old {
      heap.decref(key, .container)
      heap.decref(old, .unbind)
    }
  }
}
