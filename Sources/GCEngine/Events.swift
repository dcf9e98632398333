/// Why a refcount changed: the visualizer says it in words, the trace names it.
public enum RefCause: String, Sendable {
  case bind  // a name (global or local) now refers to the object
  case unbind  // a name was deleted or rebound
  case stack  // pushed on / popped off an evaluation stack
  case argument  // a callee took its own reference to an argument
  case scopeExit  // a frame's locals went away
  case container  // stored in / removed from a list, tuple, dict or attribute
  case release  // a dead object released what it referenced
  case collector  // the cycle collector's own temporary reference or clear
  case finalizer  // temporarily revived to run __del__
  case create  // a new object starts at 1
  case other
}

/// A phase of one collection, in CPython's order (Modules/gcmodule.c).
public enum CollectionPhase: String, Sendable, CaseIterable {
  case updateRefs = "update_refs"
  case subtractRefs = "subtract_refs"
  case moveUnreachable = "move_unreachable"
  case promote = "promote"
  case legacyFinalizers = "move_legacy_finalizers"
  case weakrefs = "handle_weakrefs"
  case finalize = "finalize_garbage"
  case resurrection = "handle_resurrected_objects"
  case deleteGarbage = "delete_garbage"
  case uncollectable = "handle_legacy_finalizers"
}

public enum OutputStream: String, Sendable {
  case stdout
  case stderr
}

/// What the scenario's stdout is connected to (`--stdout`): it decides
/// how the interpreter buffers it, and so which objects printing makes
/// and keeps, and when the bytes reach the file descriptor.
public enum StdoutMode: String, Sendable, CaseIterable {
  /// Block-buffered: 3.x keeps printed text pending up to 8 KiB, 2.7's
  /// stdio a block.
  case pipe
  /// Line-buffered: each newline flushes, through 3.x's BufferedWriter.
  case tty
  /// `PYTHONUNBUFFERED=1` (`-u`): 3.x writes through to a raw FileIO, no
  /// BufferedWriter; 2.7's stdio unbuffered.
  case unbuffered
}

/// Where a scenario's output goes (shared by the Python and Java front ends).
public protocol OutputWriter: AnyObject {
  /// Text as it reaches the file descriptor (stdout after the simulated
  /// buffering, in `stdoutMode`).
  func write(_ text: String, to stream: OutputStream)
  var stdoutMode: StdoutMode { get }
}

extension OutputWriter {
  public var stdoutMode: StdoutMode { .pipe }
}

/// Everything that happens on the simulated heap, in order.
public enum HeapEvent: Sendable, Equatable {
  case allocated(ObjectID, ObjectKind, address: UInt64)
  case incref(ObjectID, count: Int, cause: RefCause)
  case decref(ObjectID, count: Int, cause: RefCause)
  case freed(ObjectID)
  case tracked(ObjectID, generation: Int)
  case untracked(ObjectID)
  case collectionStarted(generation: Int, automatic: Bool)
  case phase(CollectionPhase)
  /// An object's scratch `gc_refs` during a collection.
  case gcRefs(ObjectID, Int)
  case reachable(ObjectID)
  case unreachable(ObjectID)
  case promoted(count: Int, toGeneration: Int)
  case finalizerCalled(ObjectID)
  case resurrected(ObjectID)
  case cleared(ObjectID)
  case addedToGarbage(ObjectID)
  case collectionFinished(generation: Int, collected: Int, uncollectable: Int)
  case output(OutputStream, String)
  /// What an object references changed (a store into a container, an
  /// attribute, a dict; a clear): the graph redraws its edges.
  case referencesChanged(ObjectID)
  /// Trial deletion: a phase began.
  case trialPhase(TrialPhase)
  /// Trial deletion: an object's colour changed.
  case colored(ObjectID, TrialColor)
  /// Trial deletion: an object entered (true) or left the root buffer.
  case buffered(ObjectID, Bool)
  /// The front end moved to a source line (1-based) in a frame (depth 0 = module).
  case line(Int, column: Int, frameDepth: Int)
}

/// Where events go. The headless runner without `--trace` installs none, so
/// recording costs one nil check per event.
public protocol EventSink: AnyObject {
  func record(_ event: HeapEvent)
}

/// An in-memory recorder (tests, the timeline).
public final class EventLog: EventSink {
  public private(set) var events: [HeapEvent] = []
  public init() {}
  public func record(_ event: HeapEvent) { events.append(event) }
}
