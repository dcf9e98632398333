/// Which slots of an object a change touched, for a recorder that edits
/// what it recorded of the object instead of reading all of it again
/// (re-reading a growing list or module at each store made recording
/// quadratic).
///
/// A slot is an item index (lists, tuples), or a position in a table's
/// iteration order (`DictStorage.positionCount`). A span covers `lower`
/// through `upper`; with `andAfter`, every slot from `lower` on and the
/// slot count too (items that moved, a length that changed, a table
/// rebuilt).
public struct SlotSpan: Equatable, Sendable {
  public var lower: Int
  public var upper: Int
  public var andAfter: Bool

  public init(lower: Int, upper: Int, andAfter: Bool) {
    self.lower = lower
    self.upper = upper
    self.andAfter = andAfter
  }

  /// One slot, or every slot from it on.
  public init(_ slot: Int, andAfter: Bool = false) {
    self.init(lower: slot, upper: slot, andAfter: andAfter)
  }

  /// Everything: the object is read again whole.
  public static let all = SlotSpan(0, andAfter: true)

  /// The span covering both.
  public func merged(with other: SlotSpan) -> SlotSpan {
    SlotSpan(
      lower: min(lower, other.lower), upper: max(upper, other.upper), andAfter: andAfter || other.andAfter)
  }

  /// The slots to read again of an object with `count` slots.
  public func range(count: Int) -> Range<Int> {
    let start = min(lower, count)
    return start..<(andAfter ? count : min(max(upper + 1, start), count))
  }
}

/// The slots changed since the recorder last took them. The heap appends
/// here just before it emits `referencesChanged` for the object, so the
/// recorder, taking them at that event, knows whether the change came
/// with its slots (a change without is read again whole). Only a heap
/// whose `slotLog` is set keeps one: a headless run pays a nil test.
public final class SlotChangeLog {
  public private(set) var changes: [(object: ObjectID, span: SlotSpan)] = []
  /// The table a `withTable` body is changing (its storage has no id).
  var table = ObjectID(0)

  public init() {}

  @inline(__always) func record(_ object: ObjectID, _ span: SlotSpan) {
    changes.append((object, span))
  }

  /// A position of the table being changed.
  @inline(__always) func recordTable(_ position: Int, andAfter: Bool = false) {
    record(table, SlotSpan(position, andAfter: andAfter))
  }

  /// The changes so far; the log starts empty again.
  public func take() -> [(object: ObjectID, span: SlotSpan)] {
    defer { changes.removeAll(keepingCapacity: true) }
    return changes
  }
}
