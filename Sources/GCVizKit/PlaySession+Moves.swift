import GCVizScreen
import GCVizTimeline

/// The moves of `gcviz play`: by line, over calls, out of a frame, to a
/// step or a line, to a collection. A target not recorded yet is a
/// pending seek: the recording runs ahead and each frame looks again.
extension PlaySession {
  /// Where the viewer wants to be once it has been recorded.
  enum PendingSeek: Equatable {
    case step(Int)
    case nextCollection
    /// The first line after `from` whose frame is at most `depth` deep (`n`, `o`).
    case lineAtDepth(Int, from: Int)
    /// The next run of a source line after `from` (`:`).
    case sourceLine(Int, from: Int)
    /// The same run of the same line, innermost first, else its callers'
    /// (`p`); the step when none of them runs here.
    case program([ProgramPosition], step: Int)
  }

  func moveTo(_ target: Int) {
    pending = nil
    position = target
    recording.viewerMoved(to: target)
  }

  /// One line step forward or back, in whatever frame runs it. From
  /// inside a step (after `s`), back goes to the start of that step first.
  func stepLine(by delta: Int) {
    options.grain = nil
    let target = recording.read { t -> Int in
      let state = t.state(at: position)
      let step = state.step
      if delta < 0 && position > t.position(ofStep: step) { return t.position(ofStep: step) }
      return t.position(ofStep: max(t.firstKeptStep, step + delta))
    }
    advance(to: target)
  }

  /// `n`: the next line of this frame or of one it returns to; what the
  /// line calls (`__init__`, a `__del__` a decref runs) runs through.
  func stepOver() {
    options.grain = nil
    guard let here = recording.read({ $0.currentLine(at: position) }) else { return stepLine(by: 1) }
    seek(.lineAtDepth(here.depth, from: position))
  }

  /// `o`: the first line once this frame has returned.
  func stepOut() {
    options.grain = nil
    let (here, outermost) = recording.read { ($0.currentLine(at: position), $0.outermostDepth) }
    guard let here, let outermost, here.depth > outermost else {
      notify("in the outermost frame: nothing to step out to (End: the last step)")
      return
    }
    seek(.lineAtDepth(here.depth - 1, from: position))
  }

  /// `b`: where `n` came from: the start of this step, or else the last
  /// line before it in this frame or an outer one.
  func stepBack() {
    options.grain = nil
    let target = recording.read { t -> Int? in
      guard let here = t.currentLine(at: position) else { return nil }
      if position > here.position { return here.position }
      return t.previousLine(before: position, depthAtMost: here.depth)?.position
    }
    if let target {
      moveTo(target)
    } else {
      notify("no earlier step of this frame is kept")
    }
  }

  /// `g` N Enter.
  func goToStep(_ step: Int) {
    options.grain = nil
    // Every step is kept or recorded again (the timeline's rebuilder).
    let total = recording.read { t in t.isFinished ? t.lineCount : nil }
    if let total, step > total {
      notify("step \(step) is past the end: the run has \(total) steps")
    } else {
      seek(.step(step))
    }
  }

  /// `:` N Enter: the next time line N runs.
  func goToLine(_ line: Int) {
    options.grain = nil
    let count = context.sourceLines.count
    guard (1...max(1, count)).contains(line) else {
      notify("no line \(line): the scenario has \(count) lines")
      return
    }
    seek(.sourceLine(line, from: position))
  }

  func seekNextCollection() { seek(.nextCollection) }

  /// Goes to `target` if it is recorded; else waits for the recording,
  /// which may now run ahead of the viewer.
  private func seek(_ target: PendingSeek) {
    pending = target
    pendingSince = recording.read { $0.lineCount }
    resolvePending()
    if pending != nil { notify("running ahead to find it (any move cancels)") }
  }

  /// Settles a seek that waited for the recording.
  func resolvePending() {
    guard let pending else { return }
    // Whether the run is over is read first: a search that then fails
    // has seen all of it.
    let complete = recording.isComplete
    let found: Int? = recording.read { t in
      switch pending {
      case .step(let n): return t.lineCount > n || t.isFinished ? t.position(ofStep: n) : nil
      case .nextCollection: return t.nextCollection(after: position)
      case .lineAtDepth(let depth, let from): return t.nextLine(after: from, depthAtMost: depth)?.position
      case .sourceLine(let line, let from): return t.nextRun(ofLine: line, after: from)?.position
      case .program(let chain, _): return Self.start(of: chain, in: t)
      }
    }
    if let found {
      if case .lineAtDepth = pending { advance(to: found) } else { moveTo(found) }
      return
    }
    guard complete else {
      let (end, lines, first) = recording.read { t in (t.endPosition, t.lineCount, t.firstReachablePosition) }
      if case .step = pending {
      } else if lines - pendingSince > seekStepLimit {
        self.pending = nil
        // The history the search ran through may have gone: stay where kept.
        moveTo(max(position, first))
        notify("not found in the next \(Self.grouped(seekStepLimit)) steps")
        return
      }
      recording.viewerMoved(to: end)
      return
    }
    self.pending = nil
    switch pending {
    case .step: moveTo(recording.read { $0.endPosition })
    case .nextCollection: notify("no collection after this step")
    // The frame, and so the run, ended with no line after: the end.
    case .lineAtDepth: moveTo(recording.read { $0.endPosition })
    case .sourceLine(let line, _): notify("line \(line) does not run after this point")
    case .program(_, let step): moveTo(recording.read { $0.position(ofStep: min(step, $0.lineCount)) })
    }
  }

  /// Where `chain` (innermost first) runs in `t`: its outermost line,
  /// then each inner one found inside the run of the one outside it (the
  /// same call); where an inner one does not run there, the line outside
  /// it, once that line's run has ended (or the run has). Nil: not yet.
  static func start(of chain: [ProgramPosition], in t: Timeline) -> Int? {
    var accepted: Timeline.LineStart?
    for key in chain.reversed() {
      let end = accepted.flatMap { t.nextLine(after: $0.position, depthAtMost: $0.depth) }
      guard let start = t.lineStart(of: key) else {
        // Not recorded yet, or never: known once the enclosing run ended.
        guard let accepted, end != nil || t.isFinished else { return nil }
        return accepted.position
      }
      if let accepted, start.position <= accepted.position || end.map({ start.position >= $0.position }) == true {
        return accepted.position
      }
      accepted = start
    }
    return accepted?.position
  }

  /// `200,000`: thousands apart as the screen writes counts.
  static func grouped(_ n: Int) -> String {
    var digits = Array(String(n))
    var i = digits.count - 3
    while i > (digits.first == "-" ? 1 : 0) {
      digits.insert(",", at: i)
      i -= 3
    }
    return String(digits)
  }
}
