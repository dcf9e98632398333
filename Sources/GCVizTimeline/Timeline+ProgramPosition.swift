/// Where a run is in its program rather than in its own events: the same
/// source line, run the same number of times before. Two profiles record a
/// line in different numbers of events (a collection here, none there), so
/// step numbers drift apart; the n-th run of a line does not.
public struct ProgramPosition: Hashable, Sendable {
  public var line: Int
  /// How many times `line` started before this run (0: its first run).
  public var run: Int

  public init(line: Int, run: Int) {
    self.line = line
    self.run = run
  }
}

extension Timeline {
  /// The line starts kept, oldest first: what a program index walks.
  public var lineStartCount: Int { linePositions.count }

  /// The `index`-th line start kept (0 ≤ index < `lineStartCount`).
  public func lineStart(index: Int) -> LineStart {
    let position = linePositions[index]
    guard case .line(let line, _, let depth) = entry(at: position) else {
      preconditionFailure("linePositions holds only .line entries")
    }
    return LineStart(position: position + 1, line: line, depth: depth)
  }

  /// The index of the last line start at or before `position`, if any.
  public func lineStartIndex(atOrBefore position: Int) -> Int? {
    let i = linePositions.countBelow(position) - 1
    return i >= 0 ? i : nil
  }
}
