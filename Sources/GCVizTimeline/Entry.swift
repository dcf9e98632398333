import GCEngine

/// One record of a run, in order. A state is what applying the entries
/// from the start gives, so every position of the timeline has exactly one
/// state, whether reached by playing, stepping back or seeking.
public enum Entry: Sendable, Equatable {
  /// A source line is about to run (a line step boundary).
  case line(line: Int, column: Int, frameDepth: Int)
  /// The toy JVM: an instruction ran and the next one is on the same
  /// line (the frames synced just before say which): a stop of `s`.
  case instruction
  /// A fine-grained event (refcount change, allocation, collector phase...):
  /// the grain of `s`.
  case event(HeapEvent)
  /// An object's full state (new, or changed since the last sync).
  // Large payloads are boxed (`indirect`) so that every entry, lines and
  // refcount events included, stays a few words long.
  indirect case upsert(ObjectState)
  /// An object's state whose references are the ones it had, edited
  /// (the state's own `references` is empty): a changed container.
  indirect case refresh(ObjectState, ReferenceEdit)
  /// An object freed (or no longer shown).
  case remove(ObjectID)
  /// The call stack changed: how many frames it has, and the frames that
  /// differ (a deep recursion records its top frames, not all of them).
  indirect case frames(FrameEdit)
  indirect case counters(Counters)
  /// The interpreter's own references changed (see
  /// `RunState.interpreterReferences`).
  indirect case interpreterReferences([Variable])
  /// A point of the memory chart, taken at each line boundary.
  indirect case sample(MemorySample)
  indirect case ended(RunEnding)
  /// The whole state again, its objects read afresh, just before a line
  /// entry: what a recorder that slept until that line starts from, so
  /// the history from here can be recorded again by running asleep to it
  /// (`Timeline.restarts`).
  indirect case restart(RunState)
}

extension Entry {
  /// What the entry costs to keep, roughly in entries: one, plus each
  /// variable, reference and field it carries.
  public var weight: Int {
    switch self {
    case .upsert(let object): return 1 + object.references.count + object.fields.count
    case .refresh(let object, let edit): return 1 + edit.replacement.count + object.fields.count
    case .frames(let edit): return 1 + edit.changed.reduce(0) { $0 + $1.size }
    case .restart(let state): return 1 + state.size
    default: return 1
    }
  }

  /// Whether `s` stops here (lines and fine-grained events).
  public var isEventStop: Bool {
    switch self {
    case .line, .event, .instruction: return true
    default: return false
    }
  }

  public var isLine: Bool {
    if case .line = self { return true }
    return false
  }

  public var isCollectionStart: Bool {
    if case .event(.collectionStarted) = self { return true }
    return false
  }
}
