import GCVizTimeline

/// Two recordings of one scenario under two profiles, matched by program
/// position: a position on one side has a counterpart on the other at the
/// start of the same run of the same line, within the same runs of the
/// lines that called it. A line one side runs and the other does not (a
/// `__del__` only 3.x calls from a collection), or runs from another call
/// (2.7 runs a `__del__` later, when gc.garbage is emptied), matches
/// through its caller: the line whose call or collection ran it.
public struct Lockstep {
  public let timelines: [Timeline]
  private var indexes: [ProgramIndex]

  public init(_ left: Timeline, _ right: Timeline) {
    timelines = [left, right]
    indexes = [ProgramIndex(left), ProgramIndex(right)]
  }

  /// The program position `position` of side `side` (0 left, 1 right) is
  /// in: its line's run, or nil before the first line.
  public func programPosition(at position: Int, side: Int) -> ProgramPosition? {
    timelines[side].lineStartIndex(atOrBefore: position).map { indexes[side].key(at: $0) }
  }

  /// Where the other side is when side `side` is at `position`: the start
  /// of the same run of the same line (its state before the line runs),
  /// the other's end at this one's end, its first step before any line.
  public func counterpart(of position: Int, side: Int) -> Int {
    let from = timelines[side]
    let other = 1 - side
    let to = timelines[other]
    if from.isFinished && position >= from.endPosition { return to.endPosition }
    // This side's line and the lines that called it, outermost first.
    var chain: [Int] = []
    var index = from.lineStartIndex(atOrBefore: position)
    while let i = index {
      chain.append(i)
      index = indexes[side].caller(of: i)
    }
    // Each a match inside the run of the one outside it.
    var window = 0..<indexes[other].count
    var matched: Int?
    for i in chain.reversed() {
      guard let j = indexes[other].index(of: indexes[side].key(at: i)), window.contains(j) else { break }
      matched = j
      window = indexes[other].run(of: j).dropFirst()
    }
    return matched.map { to.lineStart(index: $0).position } ?? to.position(ofStep: 0)
  }
}
