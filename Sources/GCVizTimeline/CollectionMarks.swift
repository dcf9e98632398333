import GCEngine

/// What a collector event says of its object's place in a collection (the
/// graph's colours and its `gc_refs`): one rule for the state that applies
/// the event and for a recorder that keeps marks while asleep.
public struct CollectionMarks: Equatable, Sendable {
  public var mark: CollectionMark?
  public var gcRefs: Int?

  public init(mark: CollectionMark? = nil, gcRefs: Int? = nil) {
    self.mark = mark
    self.gcRefs = gcRefs
  }

  /// The object `event` marks, if it is a collector event about one.
  public static func object(of event: HeapEvent) -> ObjectID? {
    switch event {
    case .gcRefs(let id, _), .reachable(let id), .unreachable(let id), .finalizerCalled(let id),
      .resurrected(let id), .cleared(let id), .addedToGarbage(let id):
      return id
    default:
      return nil
    }
  }

  /// The marks once `event` (about their object) happened.
  public mutating func apply(_ event: HeapEvent) {
    switch event {
    case .gcRefs(_, let n):
      gcRefs = n
      if mark == nil { mark = .candidate }
    case .reachable, .resurrected: mark = .reachable
    case .unreachable: mark = .unreachable
    case .finalizerCalled: mark = .finalized
    case .cleared: mark = .cleared
    case .addedToGarbage: mark = .uncollectable
    default: break
    }
  }
}

extension ObjectState {
  /// A collector event about this object: its mark and gc_refs (and, put
  /// in gc.garbage, that too).
  mutating func applyMarks(_ event: HeapEvent) {
    var marks = CollectionMarks(mark: mark, gcRefs: gcRefs)
    marks.apply(event)
    (mark, gcRefs) = (marks.mark, marks.gcRefs)
    if case .addedToGarbage = event { inGarbage = true }
  }
}
