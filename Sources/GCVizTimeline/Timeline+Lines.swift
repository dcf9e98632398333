/// The debugger's moves over recorded lines: step over, back, out, to a
/// line. Each `.line` entry says which line and how deep the stack was, so
/// the moves only read entries; nil means "not recorded yet" (a live
/// recording may still get there).
extension Timeline {
  /// A line that started, as recorded.
  public struct LineStart: Equatable, Sendable {
    /// The position just after its `.line` entry: where the screen shows
    /// it about to run.
    public var position: Int
    public var line: Int
    /// Its frame's index in the stack (0: the outermost).
    public var depth: Int

    public init(position: Int, line: Int, depth: Int) {
      self.position = position
      self.line = line
      self.depth = depth
    }
  }

  /// The line that `position` is in (the last started), if kept.
  public func currentLine(at position: Int) -> LineStart? {
    lineStartIndex(atOrBefore: position).map { lineStart(index: $0) }
  }

  /// The first line after the one `position` is in whose frame is at most
  /// `depth` deep: `n` with the current depth (calls run through), `o`
  /// with one less (the frame returns first).
  public func nextLine(after position: Int, depthAtMost depth: Int) -> LineStart? {
    var i = (lineStartIndex(atOrBefore: position) ?? -1) + 1
    while i < linePositions.count {
      let start = lineStart(index: i)
      if start.depth <= depth { return start }
      i += 1
    }
    return nil
  }

  /// The last line before the one `position` is in whose frame is at most
  /// `depth` deep: where `n` would have come from.
  public func previousLine(before position: Int, depthAtMost depth: Int) -> LineStart? {
    var i = (lineStartIndex(atOrBefore: position) ?? 0) - 1
    while i >= 0 {
      let start = lineStart(index: i)
      if start.depth <= depth { return start }
      i -= 1
    }
    return nil
  }

  /// The next time source line `line` starts after the line `position` is in.
  public func nextRun(ofLine line: Int, after position: Int) -> LineStart? {
    var i = (lineStartIndex(atOrBefore: position) ?? -1) + 1
    while i < linePositions.count {
      let start = lineStart(index: i)
      if start.line == line { return start }
      i += 1
    }
    return nil
  }

  /// The depth of the first line kept: a frame at most this deep has no
  /// caller to step out to.
  public var outermostDepth: Int? { linePositions.isEmpty ? nil : lineStart(index: 0).depth }

  /// The position of the `index`-th stop of `s` after step `step` (0: the
  /// step itself), and nil when the step has fewer stops: `render --stop`.
  public func position(ofStop index: Int, inStep step: Int) -> Int? {
    var position = self.position(ofStep: step)
    let next = self.position(ofStep: step + 1)
    for _ in 0..<index {
      let following = nextEvent(after: position)
      // The next line's start is another step's; the end is the last step's.
      if following >= next || following == position { return nil }
      position = following
    }
    return position
  }

  /// How many stops of `s` step `step` has after its start.
  public func stopCount(inStep step: Int) -> Int {
    var position = self.position(ofStep: step)
    let next = self.position(ofStep: step + 1)
    var count = 0
    while true {
      let following = nextEvent(after: position)
      if following >= next || following == position { return count }
      count += 1
      position = following
    }
  }
}
