/// Everything that differs between the simulated interpreters, as data and
/// small policies, so the engine never asks "which version is this?".
public struct Profile: Sendable {
  public enum FinalizerModel: Sendable {
    /// 2.7: an unreachable object with `__del__` and all it reaches are
    /// uncollectable and go to `gc.garbage`.
    case legacyUncollectable
    /// 3.4+ (PEP 442): `__del__` runs once, then a resurrection check.
    case pep442
  }

  public enum InstanceDictModel: Sendable {
    /// 2.7: every instance owns a real dict object (created at instantiation
    /// for old-style classes, at the first attribute store for new-style ones).
    case separateObject
    /// 3.11: attribute values live in the instance; a dict object exists only
    /// once `__dict__` is touched.
    case managedValues
    /// 3.13 (`Py_TPFLAGS_INLINE_VALUES`): the values are inline, in the
    /// instance's own block (`_PyType_AllocNoTrack` adds
    /// `_PyInlineValuesSize`), and a dict made by `__dict__` shares them
    /// while the instance still traverses them; that sharing is not
    /// simulated, so `__dict__` of an instance is refused.
    case inlineValues
  }

  public enum DebugLineModel: Sendable {
    /// 2.7: DEBUG_(UN)COLLECTABLE pick the list; a line is printed only with
    /// DEBUG_INSTANCES (old-style instances) or DEBUG_OBJECTS.
    case gatedByInstancesOrObjects
    /// 3.x: every object gets a line.
    case everyObject
  }

  public var name: String
  public var displayVersion: String
  public var allocator: Allocator.Geometry
  public var gcHeadSize: Int
  public var defaultThresholds: (Int, Int, Int)
  public var finalizers: FinalizerModel
  public var instanceDicts: InstanceDictModel
  public var debugLines: DebugLineModel
  /// 2.7 clears weakrefs before `__del__` on refcount death; 3.x after.
  public var weakrefsClearedBeforeFinalizer: Bool
  /// 2.7 frames are GC objects; 3.11 frames are not objects.
  public var framesAreObjects: Bool
  /// 3.11: a call moves the caller's stack references into the callee's
  /// locals; 2.7: the arguments stay on the caller's stack and the callee
  /// takes its own references ("a call adds 2").
  public var calleeTakesStackReferences: Bool
  /// 2.7 tries to untrack tuples during move_unreachable; 3.x does it in a
  /// separate pass right afterwards. Both give the same result here.
  public var hasPermanentGeneration: Bool
  public var debugLeakFlags: Int
  public var hasDebugInstancesAndObjects: Bool
  /// Type free lists: how many spares each keeps, and whether a full
  /// collection empties it.
  public var freeLists: [FreeListKind: FreeListPolicy]
  /// The order a full collection empties the free lists in (the order of
  /// the calls in the version's clear_freelists): the blocks go back to the
  /// allocator in this order, which decides the addresses reused next.
  public var freeListClearOrder: [FreeListKind] = []
  /// Bytes (before allocator rounding, GC header included) per object.
  public var objectSizes: ObjectSizes
  /// Tracked objects the interpreter has made before the script runs
  /// (modules, functions, dicts, ...), all in the oldest generation.
  public var startupObjects: Int
  /// `gc.get_count()` when the script's first line runs (startup's own
  /// allocations since its last collection); calibrated on f2.
  public var countsAtStartup: [Int]
  /// What compiling the script leaves in the counts and on the free lists
  /// before its first line.
  public var compileCost: CompileCost
  /// Extra GC objects `class` makes besides the class and its namespace
  /// (mro tuple, descriptors, caches): for a class that introduces
  /// `__dict__`, for a subclass of a user class, and for a class with
  /// `__slots__` before its members (which has neither `__dict__` nor, in
  /// 2.7, a block the others keep). Measured totals.
  public var newStyleClassExtra: (introducing: Int, subclass: Int, slotted: Int)
  /// Of a class's helper objects, the tuples (mro, bases) that come from the
  /// tuple free list: free at module level, counted after a full collection.
  public var newStyleClassTuples: (introducing: Int, subclass: Int)
  /// How dicts iterate: 2.7 in hash-table slot order, 3.x by insertion.
  public var dictOrder: DictOrder
  /// 2.7's dict traverse visits keys too; 3.x's skips str-keyed ones.
  public var dictTraverseVisitsKeys: Bool
  /// Pure reference counting with trial deletion: how many possible roots
  /// the buffer holds before it collects by itself; 0 for none (CPython,
  /// whose cycles are the generational collector's).
  public var rootBufferCapacity = 0
  /// Which runtime the profile simulates, and so which scenarios it runs.
  public var family: Family = .cpython
  /// The Python language version's major number: 2 for the print
  /// statement, old-style classes and 2.x's type names and messages.
  public var pythonMajorVersion = 3
  /// Whether `__main__.__file__` (and so a traceback's file name) is the
  /// absolute path (3.9+), or the path as given (2.7).
  public var mainFileIsAbsolute = true
  /// What Py_Finalize does with the collector and `__main__`.
  public var shutdown: ShutdownModel = .collectDropMainCollect
  /// What a module's first import allocates, where the model counts
  /// imports (2.7; the 3.x profiles' startup counts include theirs).
  public var moduleImports: [String: ModuleImport] = [:]
  /// IMPORT_NAME's argument tuple (2.7's ceval.c packs five), from the
  /// tuple free list and back; nil for none.
  public var importArgumentTuple: Int?

  /// A module's first import, measured under gdb.
  public struct ModuleImport: Sendable {
    /// GC objects its init makes (module, functions, type descriptors).
    public var allocations: Int
    /// Modules its init imports first, in order.
    public var imports: [String] = []
    /// Objects it takes from the type free lists (a new block when empty)
    /// and keeps (its dicts, lists, tuples), and those it gives back.
    public var kept: [FreeListKind] = []
    public var temporary: [FreeListKind] = []
  }
  /// Whether a dying list releases its items first to last (the toy JVM's
  /// Free walks an array's elements in order) instead of last to first
  /// (CPython's list_dealloc).
  public var releasesListItemsInOrder = false
  /// The size of a str made at run time (`hex()`, `%`, `+`).
  public var stringSizes: StringSizeModel = .unmodelled
  /// 3.x's AST optimizer folds a tuple literal of constants into a
  /// constant the parser's arena holds too, until the module's code
  /// returns: one reference more than the code objects' while it runs.
  public var arenaHoldsFoldedConstants = false
  /// 3.x's compiler makes equal constants one object across the whole
  /// module (2.7's peephole optimizer appends each folded tuple anew).
  public var mergesEqualConstants = false
  /// `x in list` (list_contains, tuplecontains) compares each item with
  /// `x` as the item's `==` (3.x) or `x`'s (2.7): whose `__eq__` runs.
  public var containsAsksItemFirst = false
  /// 3.x's list searches and list `==` hold a reference to the items they
  /// compare while a user `__eq__` runs (list_contains, list.index,
  /// list.count, list.remove, list_richcompare); 2.7's borrow them.
  public var listSearchHoldsItems = false
  /// `sys.getsizeof` of an int and of a float (both immediate values).
  public var intSizes: IntSizeModel = .unmodelled
  public var floatSize: Int?
  /// Where list item arrays live and how they grow; nil: not simulated.
  public var listItems: ListItemsModel?
  /// Sets and frozensets; nil: not simulated.
  public var sets: SetModel?
  /// 3.11 keeps a type's subclasses in a dict (`tp_subclasses`) made for
  /// its first subclass and dropped with its last: subclassing a builtin
  /// exception class without subclasses of its own makes one (a counted
  /// allocation). The classes that have some when the script starts
  /// (measured); nil where the registry costs nothing observable (2.7's
  /// list is made once and kept).
  public var exceptionClassesSubclassedAtStartup: Set<String>?
  /// When an automatic collection runs (see `CollectionTrigger`).
  public var collectionTrigger: CollectionTrigger = .insideAllocation
  /// 3.12+ `Modules/signalmodule.c:PyErr_CheckSignals` runs a scheduled
  /// collection first ("opportunistically", for C code that runs long
  /// without the eval loop), and `Objects/object.c:PyObject_Str` and
  /// `PyObject_Repr` call it before anything else: so a collection
  /// scheduled by print's bound `write` runs in print, before its text is
  /// written (docs/fidelity-notes.md §14).
  public var signalChecksRunScheduledCollection = false
  /// 3.12+ Argument Clinic declares core builtins' keyword tuples static;
  /// 3.11's `Python/getargs.c:parser_init` makes one on a builtin's first
  /// keyword-taking call (the first `print()`) and keeps it: one GC tuple.
  public var keywordTuplesAreStatic = false
  /// 3.11's slot_tp_getattr_hook calls `__getattr__` through call_attribute,
  /// which binds it first (a method object holding `self` for the call);
  /// 3.12 calls the function with `self` prepended, nothing made.
  public var getattrHookBindsMethod = true
  /// PEP 683 (3.12+): what `sys.getrefcount` of an immortal object gives
  /// (`_Py_IMMORTAL_REFCNT`); incref and decref leave such objects alone.
  /// nil: no immortal objects (their counts are real, or static ones).
  public var immortalRefcount: Int?
  /// Objects in the permanent generation when the script starts (3.12.1's
  /// startup freezes some; DEBUG_STATS and `gc.get_freeze_count()` show them).
  public var permanentObjectsAtStartup = 0
  /// 3.12 `builtin_sum` adds floats with Neumaier's compensated summation.
  public var sumCompensatesFloats = false
  /// 3.12's compile.c `check_compare` names the literal's type in its
  /// SyntaxWarning (`"is" with 'str' literal`), 3.8-3.11's does not.
  public var identityWarningNamesLiteralType = false
  /// `min()`/`max()` of nothing: the text after `min() `
  /// (3.12 `Python/bltinmodule.c:min_max`).
  public var emptyMinMaxMessage = "arg is an empty sequence"
  /// Whether a failed assert's traceback line has carets under the
  /// condition (3.11); 3.12's compiler locates the raise at the whole
  /// statement, so none are printed.
  public var assertCaretsMarkCondition = true
  /// 3.12: C recursion (repr, comparison) has its own limit
  /// (`C_RECURSION_LIMIT` in `Include/cpython/pystate.h`), Python frames
  /// alone count against `sys.getrecursionlimit()`; nil (≤3.11): both
  /// count against that one limit.
  public var cRecursionLimit: Int?
  /// Names (builtins, module and type attributes, keyed as PythonNames
  /// is) this version has beyond the dialect's table, or lacks; measured
  /// with scripts/python-names.py.
  public var namesAdded: [String: Set<String>] = [:]
  /// PEP 709 (3.12): list, set and dict comprehensions run inline in their
  /// enclosing frame (no function object, no frame, no traceback line).
  public var inlinesComprehensions = false
  public var namesRemoved: [String: Set<String>] = [:]
  /// Builtins (by Python name) that take their arguments by vectorcall
  /// where 3.11 packed them in a tuple: 3.13's `unicode_vectorcall` for
  /// `str`, `long_vectorcall` for `int`, METH_FASTCALL `builtin_min` and
  /// `builtin_max` (`Python/bltinmodule.c`), and methods named as
  /// `type.name` (3.13's Argument Clinic `str.startswith`). No tuple holds
  /// the arguments while they run (one reference and one GC allocation
  /// less).
  public var vectorcallBuiltins: Set<String> = []
  /// 3.13's wordings (`Objects/floatobject.c:float_rem`,
  /// `Objects/listobject.c:list_ass_slice`'s PySequence_Fast message,
  /// `Objects/typeobject.c:supercheck` naming both types).
  public var floatModuloByZeroMessage = "float modulo"
  public var sliceAssignNotIterableMessage = "can only assign an iterable"
  public var superCheckNamesTypes = false
  /// 3.13.0's `listreviter_next` (`Objects/listobject.c`) returns at once
  /// when the index is below 0, so an iterator that walked past the first
  /// item keeps its list until it dies (`sys.getrefcount` of the list
  /// stays one higher); it lets go only when the list shrank under it.
  /// ≤3.12 let go of it in both cases.
  public var exhaustedReverseIteratorKeepsList = false
  /// 3.13's `_PyObject_GenericSetAttrWithDict` (`Objects/object.c`): setting
  /// or deleting a missing attribute of an object without a dict (None,
  /// an int, a list) adds "and no __dict__ for setting new attributes".
  public var genericSetattrNamesMissingDict = false
  /// Builtins (by the name their errors use) whose argument-count error
  /// is worded otherwise than 3.11's, because their argument parsing
  /// changed (see `ArgumentCountWording`).
  public var argumentCountWordings: [String: ArgumentCountWording] = [:]

  public enum ArgumentCountWording: Sendable, Equatable {
    /// `_PyArg_CheckPositional` / `PyArg_UnpackTuple`:
    /// "f expected at least N arguments, got M".
    case expected
    /// Argument Clinic's `_PyArg_UnpackKeywords`: "f() takes at least N
    /// positional arguments (M given)", "f() takes at most N arguments (M given)".
    case keywordParser
    /// Argument Clinic's optional groups, module-qualified:
    /// "gc.set_threshold requires 1 to 3 arguments".
    case optionalGroups(module: String)
  }
  /// 3.13's compiler locates a `for` loop's FOR_ITER at the iterable
  /// (an error raised while drawing the next item gets carets under it,
  /// anchored as a call for `for x in g():`); ≤3.12 at the whole
  /// statement, so no carets.
  public var forIterLocatedAtIterable = false
  /// Who draws a traceback's caret lines (see `CaretModel`).
  public var carets: CaretModel = .cPrinter
  /// What sits between `print` and stdout's file descriptor.
  public var stdout: StdoutModel = .textIO(.cpython3)

  public enum StdoutModel: Sendable, Equatable {
    /// 2.7: a C stdio `FILE` (print writes straight into it): on a pipe
    /// glibc's buffer takes `blockSize` bytes (the pipe's `st_blksize`)
    /// and writes whole blocks; on a terminal it writes through each
    /// last newline; unbuffered, each write. No Python objects either way.
    case cStdio(blockSize: Int)
    /// 3.x `Modules/_io`: a TextIOWrapper over a BufferedWriter.
    case textIO(TextIOModel)
  }

  /// 3.x's stdout (`create_stdio`): the TextIOWrapper keeps printed strs
  /// pending up to `chunkSize`; the BufferedWriter holds `bufferSize`
  /// bytes and writes them to the raw FileIO through a memoryview
  /// (`_bufferedwriter_raw_write`: a managed buffer, then the view, both
  /// GC objects) with its lock held, so a collection those set off runs
  /// finalizers whose own print finds the lock taken (`reentrant call`).
  public struct TextIOModel: Sendable, Equatable {
    public var chunkSize: Int
    public var bufferSize: Int
    /// `_PyManagedBufferObject` and `PyMemoryViewObject` of one dimension,
    /// with their GC headers (3.11–3.13: getsizeof(memoryview) is 184).
    public var managedBufferSize: Int
    public var memoryviewSize: Int
    public static let cpython3 = TextIOModel(
      chunkSize: 8192, bufferSize: 8192, managedBufferSize: 128, memoryviewSize: 184)
  }

  public enum CaretModel: Sendable, Equatable {
    /// ≤3.12 `Python/traceback.c`: `~~^^~~` anchors for binary operations
    /// and subscripts only; a span over the whole stripped line gets none.
    case cPrinter
    /// 3.13: `Lib/traceback.py` prints an uncaught exception
    /// (`format_frame_summary`): calls are anchored too (`~~~^^^^`,
    /// `_extract_caret_anchors_from_line_segment`), and `return f(x)` or
    /// `y = f(x)` with `f` a name gets no carets (`_should_show_carets`);
    /// an unraisable exception's traceback (`Exception ignored in`) is
    /// still printed in C, which no longer draws any.
    case tracebackModule
  }

  public enum CollectionTrigger: Sendable, Equatable {
    /// ≤3.11 `_PyObject_GC_Link`: the allocation that takes count0 past
    /// threshold 0 collects (`gc_collect_generations`) before it returns.
    case insideAllocation
    /// 3.12 `_PyObject_GC_Link` only schedules (`_Py_ScheduleGC`); the eval
    /// breaker runs it (`_Py_HandlePending` → `_Py_RunGC`) at the next
    /// RESUME, JUMP_BACKWARD or end of a C call, choosing the generation
    /// from the counts then (and so may `PyErr_CheckSignals`, see
    /// `signalChecksRunScheduledCollection`). `runsWhenDisabled`: 3.12.1's `_Py_RunGC` does
    /// not look at `gc.isenabled()` again (measured; 3.12.5 does).
    case evalBreaker(runsWhenDisabled: Bool)
  }

  public enum ShutdownModel: Sendable {
    /// 2.7: one collection even with gc disabled, then `__main__`'s dict
    /// cleared name by name (_PyModule_Clear), nothing collected after.
    case collectThenClearMain
    /// 3.x: a collection if gc is enabled; then `__main__` leaves
    /// sys.modules and dies, dropping its dict; then a last collection
    /// (_PyGC_CollectNoFail, no callbacks) frees the dict and all it kept
    /// when a cycle kept it (a function's `__globals__` is one).
    case collectDropMainCollect
  }

  public enum Family: String, Sendable {
    /// Python scenarios (`.py`).
    case cpython
    /// Java scenarios (`.java`) on the toy JVM of the second source text.
    case toyJVM
  }

  /// How the script's compilation weighs in before its first line.
  public enum CompileCost: Sendable {
    /// Each function or class body leaves `count` GC allocations (its
    /// tuples of constants and names; calibrated on the corpus).
    case perCodeBody(count: Int)
    /// CPython 2.7's compiler replayed on the free lists from the module's
    /// shape (PythonRuntime's CompileAllocations27): the counts and the
    /// free lists' `sparesAtStartup` are then those at PyAST_Compile.
    case replayedCPython27
  }

  public struct FreeListPolicy: Sendable {
    public var capacity: Int
    public var clearedByFullCollection: Bool
    /// Spares already on the list when the script starts (left by startup).
    public var sparesAtStartup: Int
  }

  public struct ObjectSizes: Sendable {
    public var oldStyleInstance: Int
    public var instance: Int
    public var dict: Int
    public var list: Int
    public var tupleBase: Int
    public var tuplePerItem: Int
    public var function: Int
    public var oldStyleClass: Int
    public var typeObject: Int
    public var module: Int
    public var boundMethod: Int
    /// A builtin function bound to its receiver (`l.append`, `sys.stdout.write`).
    public var builtinMethod: Int
    public var frameBase: Int
    public var framePerSlot: Int
    public var weakref: Int
    public var iterator: Int
    /// A builtin exception instance; a user subclass's is `exceptionSubclass`.
    public var exception: Int
    public var exceptionSubclass: Int
    public var traceback: Int
    public var cell: Int
    /// A `staticmethod`/`classmethod` object, and a `property`.
    public var methodWrapper: Int
    public var property: Int
    /// A generator: 3.x embeds its frame (a slot per variable and per
    /// stack entry), 2.7 points at a frame object.
    public var generatorBase: Int
    public var generatorPerSlot: Int
    /// `super(C, obj)`: the type, the object and the object's type.
    public var superObject: Int
    /// A 3.x dict view (`_PyDictViewObject`); 2.7 has none here.
    public var dictView: Int
    /// A dict's key, value or item iterator (`dictiterobject`, bigger than
    /// a list's iterator).
    public var dictIterator: Int
    /// `object()`: a bare header (refcount, type), no GC head; 16 bytes in
    /// every version simulated.
    public var plainObject: Int = 16
    /// An instance of a class with `__slots__` and no members: the bare
    /// object and its GC header (each member adds a pointer).
    public var slottedInstance: Int = 32
    /// What `__weakref__` in `__slots__` adds (3.12 keeps the list in a
    /// pre-header of two words).
    public var slottedWeakrefList: Int = 8
  }
}

/// The type free lists the simulator models (see docs/fidelity-notes.md).
public enum FreeListKind: Hashable, Sendable {
  /// A dense index, so the heap keeps its lists in arrays.
  public var slot: Int {
    switch self {
    case .dict: return 0
    case .list: return 1
    case .boundMethod: return 2
    case .builtinMethod: return 3
    case .frame: return 4
    case .tuple(let n): return 5 + min(max(n, 0), 19)
    case .set: return 25
    }
  }
  public static let slotCount = 26

  case dict
  case list
  /// Tuples keep one free list per length (1...19).
  case tuple(Int)
  case boundMethod
  /// 2.7's PyCFunction free list (`l.append` objects).
  case builtinMethod
  case frame
  /// 2.7's set and frozenset free list (3.x has none).
  case set
}

extension Profile {
  public static let cpython27 = Profile(
    name: "cpython2.7",
    displayVersion: "2.7.18",
    allocator: .init(
      alignment: 16, smallRequestThreshold: 256, poolSize: 4096, arenaSize: 256 * 1024,
      poolOverhead: 48, arenaBase: 0x7f3a_1c2e_0000, largeBase: 0x5616_d2a8_c000),
    gcHeadSize: 32,
    defaultThresholds: (700, 10, 10),
    finalizers: .legacyUncollectable,
    instanceDicts: .separateObject,
    debugLines: .gatedByInstancesOrObjects,
    weakrefsClearedBeforeFinalizer: true,
    framesAreObjects: true,
    calleeTakesStackReferences: false,
    hasPermanentGeneration: false,
    debugLeakFlags: 62,
    hasDebugInstancesAndObjects: true,
    freeLists: Profile.freeLists27,
    // PyMethod, PyFrame, PyCFunction, then PyTuple by size.
    freeListClearOrder: [.boundMethod, .frame, .builtinMethod] + (1..<20).map { .tuple($0) },
    objectSizes: .init(
      oldStyleInstance: 72, instance: 64, dict: 280, list: 72, tupleBase: 56, tuplePerItem: 8,
      function: 120, oldStyleClass: 104, typeObject: 904, module: 56, boundMethod: 80, builtinMethod: 72,
      frameBase: 416, framePerSlot: 8, weakref: 88, iterator: 64, exception: 72, exceptionSubclass: 80,
      traceback: 72, cell: 56, methodWrapper: 56, property: 88, generatorBase: 80, generatorPerSlot: 0,
      superObject: 72, dictView: 0, dictIterator: 88, slottedInstance: 48),
    startupObjects: 3440,
    // count0 at PyAST_Compile is 454 under gdb; less one for the
    // `__main__` dict the simulator makes first, and one the replay of the
    // compile takes that the real compile does not (fitted: with it, the
    // replay gives count0 at PyEval_EvalCode exactly for 330 of the 333
    // corpus files). The compile, the module's frame and each import are
    // replayed from there.
    countsAtStartup: [452, 8, 0],
    compileCost: .replayedCPython27,
    newStyleClassExtra: (introducing: 3, subclass: 1, slotted: 0),
    newStyleClassTuples: (introducing: 2, subclass: 2),
    dictOrder: .python27Slots,
    dictTraverseVisitsKeys: true,
    pythonMajorVersion: 2,
    mainFileIsAbsolute: false,
    shutdown: .collectThenClearMain,
    // initgc imports time (for DEBUG_STATS); inittime readies struct_time.
    moduleImports: [
      // A module's dict and the copy _PyImport_FixupExtension keeps come from
      // the dict free list, each function from the builtin method one.
      "gc": .init(
        allocations: 1, imports: ["time"], kept: [.dict, .dict] + Array(repeating: .builtinMethod, count: 13)),
      "time": .init(
        allocations: 28, kept: [.dict, .dict, .dict, .tuple(1)] + Array(repeating: .builtinMethod, count: 11),
        temporary: [.tuple(4)]),
      // weakref.py and what it imports (UserDict, _weakrefset, ...) run
      // their module bodies: the net allocations, measured on a script that
      // imports gc first (a gen-0 collection falls inside it from there).
      "weakref": .init(allocations: 189),
    ],
    importArgumentTuple: 5,
    stringSizes: .bytes(header: 37),
    intSizes: .fixed(24),
    floatSize: 24,
    listItems: .init(growth: .python27, inObjectAllocator: false),
    sets: .init(objectSize: 232, entrySize: 16, probing: .python27, tableInObjectAllocator: false, iteratorSize: 72),
    stdout: .cStdio(blockSize: 4096)
  )

  public static let cpython311 = Profile(
    name: "cpython3.11",
    displayVersion: "3.11.7",
    allocator: .init(
      alignment: 16, smallRequestThreshold: 512, poolSize: 16 * 1024, arenaSize: 1024 * 1024,
      poolOverhead: 48, arenaBase: 0x7f8b_4c60_0000, largeBase: 0x5581_3e2f_1000),
    gcHeadSize: 16,
    defaultThresholds: (700, 10, 10),
    finalizers: .pep442,
    instanceDicts: .managedValues,
    debugLines: .everyObject,
    weakrefsClearedBeforeFinalizer: false,
    framesAreObjects: false,
    calleeTakesStackReferences: true,
    hasPermanentGeneration: true,
    debugLeakFlags: 38,
    hasDebugInstancesAndObjects: false,
    freeLists: Profile.freeLists311,
    // _PyGC_ClearAllFreeLists: tuples by size, then lists, then dicts.
    freeListClearOrder: (1..<20).map { .tuple($0) } + [.list, .dict],
    objectSizes: .init(
      oldStyleInstance: 0, instance: 56, dict: 64, list: 56, tupleBase: 40, tuplePerItem: 8,
      function: 152, oldStyleClass: 0, typeObject: 928, module: 72, boundMethod: 64, builtinMethod: 72,
      frameBase: 136, framePerSlot: 8, weakref: 80, iterator: 48, exception: 88, exceptionSubclass: 96,
      traceback: 56, cell: 40, methodWrapper: 48, property: 80, generatorBase: 168, generatorPerSlot: 8,
      superObject: 56, dictView: 40, dictIterator: 72),
    startupObjects: 11060,
    countsAtStartup: [248, 0, 2],
    compileCost: .perCodeBody(count: 8),
    newStyleClassExtra: (introducing: 7, subclass: 2, slotted: 5),
    newStyleClassTuples: (introducing: 0, subclass: 2),
    dictOrder: .insertion,
    dictTraverseVisitsKeys: false,
    stringSizes: .compactUnicode(asciiHeader: 48, header: 72),
    arenaHoldsFoldedConstants: true,
    mergesEqualConstants: true,
    containsAsksItemFirst: true,
    listSearchHoldsItems: true,
    intSizes: .digits(header: 24, digitBits: 30, digitSize: 4),
    floatSize: 24,
    listItems: .init(growth: .python311, inObjectAllocator: true),
    sets: .init(objectSize: 216, entrySize: 16, probing: .python311, tableInObjectAllocator: true, iteratorSize: 64),
    exceptionClassesSubclassedAtStartup: [
      "BaseException", "Exception", "ArithmeticError", "LookupError", "ValueError", "NameError", "RuntimeError",
    ]
  )

  /// The toy JVM of the second source text: pure reference counting,
  /// no cycle collector (cycles leak).
  public static let jvmRC = Profile.jvm(name: "jvm-rc", rootBufferCapacity: 0)

  /// The same with synchronous trial deletion (TrialDeletion.swift); the
  /// buffer holds as many possible roots as PHP's (GC_ROOT_BUFFER_MAX_ENTRIES).
  public static let jvmRCCycles = Profile.jvm(name: "jvm-rc+cycles", rootBufferCapacity: 10_000)

  /// The JVM profiles share CPython's shape; what only CPython has (free
  /// lists, generations, startup objects) is empty or off.
  static func jvm(name: String, rootBufferCapacity: Int) -> Profile {
    var profile = Profile(
      name: name,
      displayVersion: "toy JVM",
      allocator: .init(
        alignment: 8, smallRequestThreshold: 256, poolSize: 4096, arenaSize: 256 * 1024,
        poolOverhead: 0, arenaBase: 0x0000_7000_0000_0000, largeBase: 0x0000_7100_0000_0000),
      gcHeadSize: 0,
      // Threshold 0 turns the generational collector off.
      defaultThresholds: (0, 0, 0),
      finalizers: .pep442,
      instanceDicts: .managedValues,
      debugLines: .everyObject,
      weakrefsClearedBeforeFinalizer: false,
      framesAreObjects: false,
      calleeTakesStackReferences: true,
      hasPermanentGeneration: false,
      debugLeakFlags: 0,
      hasDebugInstancesAndObjects: false,
      freeLists: [:],
      objectSizes: .init(
        oldStyleInstance: 0, instance: 16, dict: 0, list: 16, tupleBase: 0, tuplePerItem: 0, function: 0,
        oldStyleClass: 0, typeObject: 0, module: 0, boundMethod: 0, builtinMethod: 0, frameBase: 0, framePerSlot: 0,
        weakref: 0, iterator: 0, exception: 0, exceptionSubclass: 0, traceback: 0,
        cell: 0, methodWrapper: 0, property: 0, generatorBase: 0, generatorPerSlot: 0,
        superObject: 0, dictView: 0, dictIterator: 0),
      startupObjects: 0,
      countsAtStartup: [0, 0, 0],
      compileCost: .perCodeBody(count: 0),
      newStyleClassExtra: (introducing: 0, subclass: 0, slotted: 0),
      newStyleClassTuples: (introducing: 0, subclass: 0),
      dictOrder: .insertion,
      dictTraverseVisitsKeys: false)
    profile.rootBufferCapacity = rootBufferCapacity
    profile.family = .toyJVM
    profile.releasesListItemsInOrder = true
    return profile
  }

  /// 3.11 with what 3.12.1 changed (docs/fidelity-notes.md §14).
  public static let cpython312: Profile = {
    var p = Profile.cpython311
    p.name = "cpython3.12"
    p.displayVersion = "3.12.1"
    p.collectionTrigger = .evalBreaker(runsWhenDisabled: true)
    p.signalChecksRunScheduledCollection = true
    p.keywordTuplesAreStatic = true
    p.getattrHookBindsMethod = false
    p.immortalRefcount = 4_294_967_295
    p.permanentObjectsAtStartup = 375
    p.sumCompensatesFloats = true
    p.identityWarningNamesLiteralType = true
    p.emptyMinMaxMessage = "iterable argument is empty"
    p.assertCaretsMarkCondition = false
    p.cRecursionLimit = 1500
    p.inlinesComprehensions = true
    p.namesAdded = [
      "bool": ["is_integer"], "int": ["is_integer"], "function": ["__type_params__"], "type": ["__type_params__"],
      "module sys": [
        "_getframemodulename", "_setprofileallthreads", "_settraceallthreads", "activate_stack_trampoline",
        "deactivate_stack_trampoline", "getunicodeinternedsize", "is_stack_trampoline_active", "monitoring",
      ],
    ]
    p.namesRemoved = ["module sys": ["_getquickenedcount"]]
    // Measured with sys.getsizeof and block reuse (t18 in the notes): a
    // 48-byte instance (no dict pointer slot), functions and exception
    // subclasses grew, str headers shrank (no `wstr` since PEP 623).
    p.objectSizes.instance = 48
    p.objectSizes.slottedWeakrefList = 16
    p.objectSizes.function = 160
    p.objectSizes.exceptionSubclass = 104
    p.objectSizes.typeObject = 944
    p.stringSizes = .compactUnicode(asciiHeader: 40, header: 56)
    p.startupObjects = 4942
    // Startup ends just under threshold 0 (a script of one `pass` reads
    // (692, 4, 0) first thing); compiling almost any script takes it over,
    // so the collection scheduled then runs at the module's RESUME and the
    // first reading is (0, 5, 0). Modelled as always over: what a module's
    // own compilation allocates is not modelled (docs/fidelity-notes.md §14).
    p.countsAtStartup = [701, 4, 0]
    return p
  }()

  /// 3.12 with what 3.13.0 changed (docs/fidelity-notes.md §15).
  public static let cpython313: Profile = {
    var p = Profile.cpython312
    p.name = "cpython3.13"
    p.displayVersion = "3.13.0"
    // `Include/internal/pycore_runtime_init.h`: `.threshold = 2000`.
    p.defaultThresholds = (2000, 10, 10)
    // 3.13 `Python/gc.c:_Py_RunGC` returns when gc is disabled.
    p.collectionTrigger = .evalBreaker(runsWhenDisabled: false)
    // No objects frozen at startup (`gc.get_freeze_count()` is 0).
    p.permanentObjectsAtStartup = 0
    // 91 more tracked objects than 3.12.1 after a first collection (34
    // modules preloaded, not 32: len(gc.get_objects()) 5,069 against
    // 4,978), and 32 more that the simulator's run lacks at that point
    // (measured in 3.12.1 and 3.13.0 alike: 5,069 against gcviz's 5,037),
    // which the long-lived rule's total counts: with them, 3.13.0's
    // second full collection in auto_long_lived comes at count2 9, as
    // measured (3.12's 4,942 leaves it at 8, which happens to be 3.12.1's).
    p.startupObjects = 5065
    // Startup ends well under the threshold of 2000, after three gen-0
    // collections: a script of one `gc.get_count()` reads (29, 3, 0).
    p.countsAtStartup = [28, 3, 0]
    p.carets = .tracebackModule
    p.vectorcallBuiltins = ["str", "int", "min", "max", "str.startswith", "str.endswith"]
    // Measured with too few and too many arguments (3.13.0 against 3.12.1).
    p.argumentCountWordings = [
      "str": .expected, "int": .expected, "startswith": .expected, "endswith": .expected,
      "replace": .keywordParser, "set_threshold": .optionalGroups(module: "gc"),
    ]
    p.genericSetattrNamesMissingDict = true
    p.forIterLocatedAtIterable = true
    // `Include/cpython/pystate.h`: Py_C_RECURSION_LIMIT 10000 (a release
    // build on x86-64 Linux).
    p.cRecursionLimit = 10000
    p.floatModuloByZeroMessage = "float modulo by zero"
    p.sliceAssignNotIterableMessage = "must assign iterable to extended slice"
    p.superCheckNamesTypes = true
    p.exhaustedReverseIteratorKeepsList = true
    p.instanceDicts = .inlineValues
    // Measured with scripts/python-names.py against 3.12.1's.
    let added: [String: Set<String>] = [
      "builtins": ["PythonFinalizationError", "_IncompleteInputError"], "generator": ["__class_getitem__"],
      "instance": ["__firstlineno__", "__static_attributes__"], "method": ["__get__"],
      "module sys": [
        "_baserepl", "_clear_internal_caches", "_get_cpu_count_config", "_is_gil_enabled", "_is_interned",
      ],
      "type": ["__firstlineno__", "__static_attributes__"],
    ]
    p.namesAdded.merge(added) { $0.union($1) }
    // 3.13's compiler locates an assert's raise at its condition again.
    p.assertCaretsMarkCondition = true
    return p
  }()

  /// The profiles that run Python scenarios.
  public static let cpythonProfiles: [Profile] = [.cpython27, .cpython311, .cpython312, .cpython313]
  /// The profiles that run Java scenarios.
  public static let jvmProfiles: [Profile] = [.jvmRC, .jvmRCCycles]
  public static let all: [Profile] = cpythonProfiles + jvmProfiles

  public static func named(_ name: String) -> Profile? {
    all.first { $0.name == name }
  }

  private static var freeLists27: [FreeListKind: FreeListPolicy] {
    var lists: [FreeListKind: FreeListPolicy] = [
      // What startup leaves on these lists when PyAST_Compile starts (2.7
      // never clears them); read under gdb, as the tuples' below.
      .dict: .init(capacity: 80, clearedByFullCollection: false, sparesAtStartup: 1),
      .list: .init(capacity: 80, clearedByFullCollection: false, sparesAtStartup: 3),
      .boundMethod: .init(capacity: 256, clearedByFullCollection: true, sparesAtStartup: 5),
      .builtinMethod: .init(capacity: 256, clearedByFullCollection: true, sparesAtStartup: 2),
      .frame: .init(capacity: 200, clearedByFullCollection: true, sparesAtStartup: 0),
      // setobject.c's free_list: PySet_Fini alone empties it; measured.
      .set: .init(capacity: 80, clearedByFullCollection: false, sparesAtStartup: 2),
    ]
    // tupleobject.c's numfree[1...19] at PyAST_Compile (2.7.18, under gdb).
    let tuples = [4, 465, 1, 3, 1, 0, 2, 3, 1, 3, 2, 1, 0, 1, 0, 2, 1, 1, 3]
    for n in 1..<20 {
      lists[.tuple(n)] = .init(capacity: 2000, clearedByFullCollection: true, sparesAtStartup: tuples[n - 1])
    }
    return lists
  }

  private static var freeLists311: [FreeListKind: FreeListPolicy] {
    var lists: [FreeListKind: FreeListPolicy] = [
      .dict: .init(capacity: 80, clearedByFullCollection: true, sparesAtStartup: 80),
      .list: .init(capacity: 80, clearedByFullCollection: true, sparesAtStartup: 80),
    ]
    for n in 1..<20 { lists[.tuple(n)] = .init(capacity: 2000, clearedByFullCollection: true, sparesAtStartup: 50) }
    return lists
  }
}
