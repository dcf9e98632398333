import GCEngine
import GCVizTimeline

/// A number per live object, found by indexing an array with its id rather
/// than hashing it: what the reference list asks of every target (a list of
/// 10,000 items is 10,000 targets per frame). For a drawn object it is its
/// type's number (equal numbers, equal type names); otherwise one of the
/// negative marks below.
struct TypeTable {
  /// Not a live object of the state.
  static let absent: Int32 = -1
  /// Hidden and not drawn (`d` off): a 2.7 instance's `__dict__`, a frame.
  static let hidden: Int32 = -2
  /// Drawn with a box or line of its own (the reference list marks these).
  static let shown: Int32 = -3

  /// The smallest id the table covers.
  private let base: Int
  private var numbers: [Int32]

  /// A table for `ids` (the range between the smallest and the largest),
  /// every entry `absent`.
  init<IDs: Sequence<ObjectID>>(covering ids: IDs) {
    let span = Self.span(of: ids)
    base = span.base
    numbers = Array(repeating: Self.absent, count: span.count)
  }

  /// The smallest id index of `ids`, and how many indexes lie from it to
  /// the largest (0 for none): the range a table by id covers.
  static func span<IDs: Sequence<ObjectID>>(of ids: IDs) -> (base: Int, count: Int) {
    var low = Int.max
    var high = Int.min
    for id in ids {
      low = min(low, id.index)
      high = max(high, id.index)
    }
    return low <= high ? (low, high - low + 1) : (0, 0)
  }

  /// A table over the same ids as `other`, every entry `value`.
  init(like other: TypeTable, filledWith value: Int32) {
    base = other.base
    numbers = Array(repeating: value, count: other.numbers.count)
  }

  subscript(id: ObjectID) -> Int32 {
    get {
      let i = id.index - base
      return i >= 0 && i < numbers.count ? numbers[i] : Self.absent
    }
    set {
      let i = id.index - base
      guard i >= 0 && i < numbers.count else { return }
      numbers[i] = newValue
    }
  }
}
