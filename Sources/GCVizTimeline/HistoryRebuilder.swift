/// Records a stretch of a run again. A run is deterministic, so running it
/// again the same way gives the same entries at the same positions: a
/// timeline may drop its oldest history and still show every step.
public protocol HistoryRebuilder: AnyObject {
  /// A `Timeline(window: positions)` filled by running again, or nil if
  /// the run cannot be repeated (it then stays dropped). `step`: the
  /// window starts at a restart (`Timeline.restarts`) of that step, so
  /// the run may sleep until it; nil: it records from the start.
  func rebuild(_ positions: Range<Int>, fromStep step: Int?) -> Timeline?
}
