import GCVizScreen

/// What the live screen's loop drives: `PlaySession` (one run) or
/// `CompareSession` (two, split). Keys in, grids out.
public protocol LiveView: AnyObject {
  /// Waits (at most `seconds`) until the first frame can be drawn.
  func waitForStart(seconds: Double)
  func frame(width: Int, height: Int) -> Grid
  /// How long the loop may wait for a key before the next frame is due.
  var idleMilliseconds: Int { get }
  func handle(_ key: Key) -> PlaySession.Outcome
  /// Advances while playing.
  func tick()
}

extension PlaySession: LiveView {}
