import GCEngine
import GCVizTimeline

/// What folding and drawing read of each drawn object, filled in the
/// scene's one pass over the heap and found by id without hashing: copying
/// each object's whole state out of the run state's dictionary (its names,
/// fields and references retained, then released) was most of a frame of
/// 10,000 objects.
struct DrawnFacts {
  struct Facts {
    var kind: ObjectKind
    var generation: Int?
    var mark: CollectionMark?
    var references: [Reference]
  }

  private let base: Int
  private var facts: [Facts?]

  /// A table for `ids` (the range between the smallest and the largest),
  /// every entry empty.
  init<IDs: Sequence<ObjectID>>(covering ids: IDs) {
    let span = TypeTable.span(of: ids)
    base = span.base
    facts = Array(repeating: nil, count: span.count)
  }

  /// The facts of a drawn object (nil for any other id).
  subscript(id: ObjectID) -> Facts? {
    get {
      let i = id.index - base
      return i >= 0 && i < facts.count ? facts[i] : nil
    }
    set {
      let i = id.index - base
      guard i >= 0 && i < facts.count else { return }
      facts[i] = newValue
    }
  }
}
