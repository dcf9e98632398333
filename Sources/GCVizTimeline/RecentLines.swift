/// The lines that just ran, per frame of the call stack: what the source
/// panel fades under the current line. Only the innermost frame's are
/// shown; a caller's are kept while it waits, so when a call returns the
/// caller's trail is back as it was (the callee's lines do not leak into
/// it), and a fresh call starts with none.
///
/// Bounded: at most `RecentLines.limit` lines per frame, one entry per
/// frame of the stack.
public struct RecentLines: Equatable, Sendable {
  /// How many lines before the current one a frame remembers.
  public static let limit = 3

  /// One frame's lines: the one it is at and the distinct lines it ran
  /// before, most recent first (0 = none). Fixed fields, so a line step
  /// allocates nothing.
  struct Trail: Equatable, Sendable {
    /// The frame's function (`<module>`, `f2`): the line entries carry only
    /// a depth, so a call that returns and another that starts at the same
    /// depth before the caller moves on are told apart by name.
    var function: String
    var current = 0
    var first = 0
    var second = 0
    var third = 0

    /// `line` starts in this frame: the one it was at joins the trail.
    mutating func start(_ line: Int) {
      guard line != current else { return }
      var kept = (0, 0, 0)
      var count = 0
      func take(_ previous: Int) {
        guard previous != 0, previous != line, count < RecentLines.limit else { return }
        switch count {
        case 0: kept.0 = previous
        case 1: kept.1 = previous
        default: kept.2 = previous
        }
        count += 1
      }
      // The trail holds distinct lines other than `current` already.
      take(current)
      take(first)
      take(second)
      take(third)
      (first, second, third) = kept
      current = line
    }

    var lines: [Int] { [first, second, third].filter { $0 != 0 } }
  }

  /// Outermost frame first.
  private var trails: [Trail] = []

  /// The line that ran to its end just before the current one started
  /// (0: none, as when a call has just begun and its caller's line is
  /// still running): the line before in the same frame, or after a
  /// return the caller's line that made the call. What the screen is
  /// the state after, so its caption is the one that matches it.
  public private(set) var finished = 0

  public init() {}

  /// The innermost frame's lines that ran before its current one, most
  /// recent first (at most `limit`).
  public var lines: [Int] { trails.last?.lines ?? [] }

  /// A line starts at `depth` (0 = the module) in `function`: frames
  /// deeper than `depth` have returned, a frame that was not there (or
  /// runs another function now) is a new call.
  public mutating func lineStarted(_ line: Int, depth: Int, function: String) {
    guard depth >= 0 else { return }
    // The frame at `depth` was there and is the same call: the line it was
    // at is done. A deeper frame is a call that started within a line.
    finished = depth < trails.count && trails[depth].function == function ? trails[depth].current : 0
    if trails.count > depth + 1 { trails.removeLast(trails.count - depth - 1) }
    if trails.count == depth + 1, trails[depth].function != function { trails.removeLast() }
    while trails.count < depth + 1 { trails.append(Trail(function: trails.count == depth ? function : "")) }
    trails[depth].start(line)
  }
}
