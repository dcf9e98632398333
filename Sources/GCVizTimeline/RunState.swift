import GCEngine

/// What the screen shows of one simulated object at one moment.
public struct ObjectState: Equatable, Sendable {
  public var id: ObjectID
  /// Unique for the whole run (heap ids are reused after a free); the box
  /// shows it as `#serial`, and layouts order objects by it so boxes keep
  /// their places when others come and go.
  public var serial: Int
  public var kind: ObjectKind
  /// The name a box shows: the class name for instances (`ClassA`), else
  /// the type name (`dict`, `list`, `function`, `frame`, ...).
  public var typeName: String
  /// For functions and classes: their name (`f2`); empty otherwise.
  public var name: String
  public var address: UInt64
  public var size: Int
  public var refcount: Int
  /// 0, 1, 2; 3 = the permanent generation (`gc.freeze`); nil = untracked.
  public var generation: Int?
  public var references: [Reference]
  /// The references the object holds, each counted in its target's
  /// refcount, when they are not `references` (nil: they are): the graph
  /// draws a 2.7 instance's attributes, not its `__dict__`'s entries, and
  /// leaves out an instance's class and a function's globals.
  public var heldReferences: [Reference]?
  /// 2.7 instance `__dict__`s and frame objects: drawn only on request.
  public var isHidden: Bool
  public var inGarbage: Bool
  /// The collector's scratch count while a collection looks at the object.
  public var gcRefs: Int?
  public var mark: CollectionMark?
  /// Trial deletion (the pure reference-counting profiles): the object's
  /// colour, and whether it waits in the root buffer.
  public var trialColor: TrialColor = .black
  public var isBuffered = false
  /// PEP 683: an immortal object (3.12's empty tuple), whose count the
  /// screen shows as `immortal`, as `sys.getrefcount` gives no real count.
  public var isImmortal = false
  /// The object's first slots in its own order (attributes, items, dict
  /// entries, fields), immediates as text: what a box shows inside it.
  /// At most `ObjectState.fieldLimit`; `references` stays the whole truth.
  public var fields: [Variable] = []
  /// How many slots the object has (more than `fields` holds when it is big).
  public var fieldCount = 0

  /// Slots recorded per object: a box shows a few, and a big container's
  /// every change must not copy all of its items again.
  public static let fieldLimit = 16

  public init(
    id: ObjectID, serial: Int, kind: ObjectKind, typeName: String, name: String = "", address: UInt64, size: Int,
    refcount: Int, generation: Int?, references: [Reference] = [], isHidden: Bool = false, inGarbage: Bool = false,
    gcRefs: Int? = nil, mark: CollectionMark? = nil
  ) {
    self.id = id
    self.serial = serial
    self.kind = kind
    self.typeName = typeName
    self.name = name
    self.address = address
    self.size = size
    self.refcount = refcount
    self.generation = generation
    self.references = references
    self.isHidden = isHidden
    self.inGarbage = inGarbage
    self.gcRefs = gcRefs
    self.mark = mark
  }
}

/// A labelled edge of the object graph: `t`, `[0]`, `'key'`, `__dict__`.
public struct Reference: Equatable, Sendable {
  public var label: String
  public var target: ObjectID
  public var isWeak: Bool
  /// The item's index when the label is one (`[3]`), else -1: lets a
  /// recorder reuse a list's references without reading their labels.
  public var index: Int32

  public init(label: String, target: ObjectID, isWeak: Bool = false, index: Int32 = -1) {
    self.label = label
    self.target = target
    self.isWeak = isWeak
    self.index = index
  }
}

/// How far a collection has got with an object (the colours of the graph).
public enum CollectionMark: String, Sendable, Equatable {
  /// In the generation being collected; gc_refs being computed.
  case candidate
  /// Referenced from outside the generation, or from something that is.
  case reachable
  /// No outside reference found (so far): garbage unless something
  /// reachable turns out to refer to it.
  case unreachable
  /// Its `__del__` ran during this collection.
  case finalized
  /// Cleared by the collector (its references dropped): about to be freed.
  case cleared
  /// 2.7: kept because of a `__del__`; goes to `gc.garbage`.
  case uncollectable
}

/// What a frame slot holds: an object, or an immediate shown as text.
public enum SlotValue: Equatable, Sendable {
  case object(ObjectID)
  /// `3`, `'abc'`, `None`, `<built-in function len>`, `<unbound>`...
  case text(String)
}

public struct Variable: Equatable, Sendable {
  public var name: String
  public var value: SlotValue
  public init(name: String, value: SlotValue) {
    self.name = name
    self.value = value
  }
}

/// One frame of the call stack, outermost (the module) first.
public struct FrameView: Equatable, Sendable {
  /// `<module>`, `f2`, `ClassA.__init__`...
  public var function: String
  /// The line the frame is at (the current line for the innermost frame).
  public var line: Int
  public var variables: [Variable]
  /// The evaluation stack, bottom first (shown on request, 2.7's "+2";
  /// always for the toy JVM, whose operand stack slots hold counts).
  public var stack: [SlotValue]
  /// The dict a module or class frame's variables are the entries of
  /// (those references are the dict's, not the frame's); nil for a
  /// function's frame, whose variables are its own.
  public var namespace: ObjectID?
  /// References the interpreter holds for the frame, named: its 2.7
  /// frame object, a class body's namespace, an exception it saved.
  public var internals: [Variable] = []
  /// The variables and stack slots (`stack[i]`) shown as text that hold
  /// a str object (hidden): the frame's references to those.
  public var strings: [Variable] = []
  /// The toy JVM: the method this frame runs and its instruction about to run.
  public var instruction: InstructionPointer?

  public init(
    function: String, line: Int, variables: [Variable], stack: [SlotValue] = [],
    instruction: InstructionPointer? = nil
  ) {
    self.function = function
    self.line = line
    self.variables = variables
    self.stack = stack
    self.instruction = instruction
  }
}

/// Where a toy-JVM frame is: a method (an index into the screen's bytecode
/// listing) and one of its instructions (an index into that method's code).
public struct InstructionPointer: Equatable, Sendable {
  public var method: Int
  public var index: Int
  public init(method: Int, index: Int) {
    self.method = method
    self.index = index
  }
}

public struct OutputLine: Equatable, Sendable {
  public var stream: GCEngine.OutputStream
  /// One line of text without its newline (escape-free: terminal-safe).
  public var text: String
  public init(stream: GCEngine.OutputStream, text: String) {
    self.stream = stream
    self.text = text
  }
}

/// The gc module's numbers at one moment.
public struct Counters: Equatable, Sendable {
  public var counts: [Int] = [0, 0, 0]
  public var thresholds: [Int] = [700, 10, 10]
  public var collections: [Int] = [0, 0, 0]
  public var collected = 0
  public var uncollectable = 0
  public var enabled = true
  public var debugFlags = 0
  public var garbageCount = 0
  /// Objects the real interpreter made at startup, in gen 2 (stand-ins
  /// the screen counts but does not draw).
  public var interpreterObjects = 0
  public var liveObjects = 0
  public var freedObjects = 0
  public var bytesInUse = 0
  public init() {}
}

/// A collection in progress.
public struct CollectionProgress: Equatable, Sendable {
  public var generation: Int
  public var automatic: Bool
  /// nil between the start and the first phase.
  public var phase: CollectionPhase?
  /// Trial deletion's phase instead (the pure reference-counting profiles).
  public var trialPhase: TrialPhase?
  public init(generation: Int, automatic: Bool, phase: CollectionPhase? = nil) {
    self.generation = generation
    self.automatic = automatic
    self.phase = phase
  }
}

/// One point of the memory chart: taken after every line step.
public struct MemorySample: Equatable, Sendable {
  public var lineStep: Int
  public var liveObjects: Int
  public var bytesInUse: Int
  /// A collection finished during this step.
  public var collected: Bool
  public init(lineStep: Int, liveObjects: Int, bytesInUse: Int, collected: Bool) {
    self.lineStep = lineStep
    self.liveObjects = liveObjects
    self.bytesInUse = bytesInUse
    self.collected = collected
  }
}

/// Everything the screen needs at one position of the timeline. Built only
/// by applying timeline entries in order, so seeking and playing agree.
public struct RunState: Equatable, Sendable {
  /// `.line` entries applied: lines started (see `step` for the screen).
  public var lineStep = 0
  /// Position in the timeline (entries applied).
  public var position = 0
  /// The line about to run (0 before the first), 1-based.
  public var line = 0
  public var column = 0
  /// The lines the innermost frame ran just before `line` (the source
  /// panel fades them).
  public var recentLines = RecentLines()
  public var objects: [ObjectID: ObjectState] = [:]
  public var frames: [FrameView] = []
  public var counters = Counters()
  public var collection: CollectionProgress?
  /// The last output lines: at least the last `RunState.outputLimit`,
  /// at most twice that (trimmed in batches).
  public var output: [OutputLine] = []
  /// Text written without a newline yet, per stream.
  public var pendingStdout = ""
  public var pendingStderr = ""
  /// Memory samples, oldest dropped in batches: the chart shows
  /// `recentMemory`.
  public var memory: [MemorySample] = []
  /// The most recent fine-grained event, for the caption of `s` stepping.
  public var lastEvent: HeapEvent?
  /// Stops of `s` (events, instructions) since the last line started: 0
  /// on a line boundary. With `step`, it names a stop (`render --stop`).
  public var stopInStep = 0
  /// Set once the run is over: how it ended.
  public var ending: RunEnding?
  /// Line steps before this one are no longer kept (bounded history).
  public var firstKeptLineStep = 0
  /// References the interpreter holds outside frames and objects, named
  /// (`sys.modules['__main__']`, `code constants of f2`): with the frames'
  /// and the objects' they add up to every refcount.
  public var interpreterReferences: [Variable] = []

  public static let outputLimit = 500
  public static let memoryLimit = 2048

  public init() {}

  /// What a copy of the state costs, in objects and frame variables: a
  /// checkpoint is spaced by it (a module of 200,000 names is a big state
  /// in one frame).
  public var size: Int { objects.count + frames.reduce(0) { $0 + 1 + $1.variables.count } }

  /// Live objects in a stable order (by serial).
  public var orderedObjects: [ObjectState] { objects.values.sorted { $0.serial < $1.serial } }
}

/// How a run ended.
public enum RunEnding: Equatable, Sendable {
  case finished(exitCode: Int32)
  /// Stopped at the step or object limit, or on an unsupported construct.
  case stopped(message: String)
}
