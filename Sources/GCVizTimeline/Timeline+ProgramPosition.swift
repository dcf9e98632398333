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

extension Timeline {
  /// The program position of the line `position` is in, then those of
  /// the lines that called it, innermost first: where `p` looks for the
  /// same place under another profile, which may not run the innermost
  /// (a `__del__` only 3.x calls). Empty before the first line.
  public func programPositions(at position: Int) -> [ProgramPosition] {
    guard var index = lineStartIndex(atOrBefore: position) else { return [] }
    var chain = [index]
    var depth = lineStart(index: index).depth
    while index > 0 {
      index -= 1
      let start = lineStart(index: index)
      if start.depth < depth {
        chain.append(index)
        depth = start.depth
      }
    }
    // One pass from the start counts each line's runs before the chain's.
    var runs: [Int: Int] = [:]
    var keys: [Int: ProgramPosition] = [:]
    let wanted = Set(chain)
    for i in 0...chain[0] {
      let line = lineStart(index: i).line
      if wanted.contains(i) { keys[i] = ProgramPosition(line: line, run: runs[line, default: 0]) }
      runs[line, default: 0] += 1
    }
    return chain.map { keys[$0]! }
  }

  /// Where `key` starts, if it has been recorded.
  public func lineStart(of key: ProgramPosition) -> LineStart? {
    var run = 0
    for i in 0..<lineStartCount {
      let start = lineStart(index: i)
      guard start.line == key.line else { continue }
      if run == key.run { return start }
      run += 1
    }
    return nil
  }
}
