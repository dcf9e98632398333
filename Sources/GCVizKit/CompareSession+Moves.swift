import GCVizTimeline

/// The moves of `play --compare`: the leading half by lines, over calls,
/// to either half's collections; the other half follows (`Lockstep`).
extension CompareSession {
  /// The other half to the leading half's program position; in a
  /// collection of its own there when the leading half is in one.
  func follow() {
    let line = lockstep.counterpart(of: positions[lead], side: lead)
    let collecting = timelines[lead].state(at: positions[lead]).collection != nil
    positions[1 - lead] = collecting ? collection(inLineAt: line, side: 1 - lead) ?? line : line
  }

  /// The leading half to `position`, the other after it.
  public func moveLead(to position: Int) {
    positions[lead] = position
    follow()
  }

  /// The leading half `count` line starts on (back when negative); from
  /// inside a line, back goes to its start first.
  func stepLines(by count: Int) { moveLead(to: linePosition(by: count)) }

  /// Where `stepLines(by: count)` takes the leading half.
  func linePosition(by count: Int) -> Int {
    let t = timelines[lead]
    let here = t.lineStartIndex(atOrBefore: positions[lead])
    if count < 0, let here, positions[lead] > t.lineStart(index: here).position {
      return t.lineStart(index: max(0, here + count + 1)).position
    }
    let target = (here ?? -1) + count
    return target >= t.lineStartCount ? t.endPosition : t.lineStart(index: max(0, target)).position
  }

  /// `n`: the leading half's next line in this frame or an outer one.
  func stepOver() {
    let t = timelines[lead]
    guard let here = t.currentLine(at: positions[lead]) else { return stepLines(by: 1) }
    moveLead(to: t.nextLine(after: positions[lead], depthAtMost: here.depth)?.position ?? t.endPosition)
  }

  /// Both halves at their ends (each run's own last state).
  public func showEnds() { positions = timelines.map(\.endPosition) }

  /// A collection one half makes, and where it puts the leading half.
  typealias FoundCollection = (side: Int, position: Int, leadPosition: Int)

  /// The nearest collection of either half in that direction, ordered by
  /// where the leading half would be.
  func nearestCollection(forward: Bool) -> FoundCollection? {
    var best: FoundCollection?
    for side in 0..<2 {
      let t = timelines[side]
      guard
        let found = forward
          ? t.nextCollection(after: positions[side]) : t.previousCollection(before: positions[side])
      else { continue }
      let leadPosition = side == lead ? found : lockstep.counterpart(of: found, side: side)
      let better =
        best.map { forward ? leadPosition < $0.leadPosition : leadPosition > $0.leadPosition } ?? true
      if better { best = (side, found, leadPosition) }
    }
    return best
  }

  /// The half that collects at its collection's start; the other at the
  /// same program position, in its own collection if it makes one there,
  /// so both show the contrast.
  func show(_ found: FoundCollection) {
    positions[found.side] = found.position
    let other = 1 - found.side
    let line = lockstep.counterpart(of: found.position, side: found.side)
    positions[other] = collection(inLineAt: line, side: other) ?? line
  }

  /// `c` and `C`.
  func seekCollection(forward: Bool) {
    guard let found = nearestCollection(forward: forward) else {
      return notify(forward ? "no collection after this point in either run" : "no earlier collection in either run")
    }
    show(found)
  }

  /// The start of a collection side `side` makes within the line that
  /// starts at `line`, if it makes one: when both halves collect in the
  /// same run of a line, both stop in their collections.
  func collection(inLineAt line: Int, side: Int) -> Int? {
    let t = timelines[side]
    guard let found = t.nextCollection(after: line) else { return nil }
    return t.lineStartIndex(atOrBefore: found) == t.lineStartIndex(atOrBefore: line) ? found : nil
  }
}
