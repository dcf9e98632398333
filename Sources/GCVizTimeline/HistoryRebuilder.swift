/// Records a stretch of a run again. A run is deterministic, so running it
/// again the same way gives the same entries at the same positions: a
/// timeline may drop its oldest history and still show every step.
public protocol HistoryRebuilder: AnyObject {
  /// A `Timeline(window: positions)` filled by running again, or nil if
  /// the run cannot be repeated (it then stays dropped).
  func rebuild(_ positions: Range<Int>) -> Timeline?
}
