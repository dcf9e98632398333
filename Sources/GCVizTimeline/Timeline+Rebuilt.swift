/// Dropped history, recorded again on demand in stretches.
extension Timeline {
  /// How many rebuilt stretches are kept: where the viewer is and where
  /// it was (moving back and forth between two far steps stays fast).
  static let rebuiltLimit = 2

  /// Positions per rebuilt stretch when the timeline has no restarts: a
  /// quarter of the history kept, so a stretch costs less memory than it.
  var stretchLength: Int { max(1, min(entryLimit, 4_000_000) / 4) }

  /// The rebuilt stretch that holds `position` (recorded again if none
  /// does), or nil without a rebuilder or when rebuilding failed.
  func rebuiltStretch(containing position: Int) -> Timeline? {
    if let i = rebuilt.lastIndex(where: { $0.window?.contains(position) == true }) {
      let stretch = rebuilt.remove(at: i)
      rebuilt.append(stretch)
      return stretch
    }
    guard let rebuilder, !rebuildFailed, position < firstPosition else { return nil }
    // From the restart at or before `position` to the next one: the run
    // sleeps until the restart's step (before the first: recorded from
    // the start). Without restarts, fixed stretches recorded from the start.
    var lower = position / stretchLength * stretchLength
    var upper = lower + stretchLength
    var step: Int?
    if !restarts.isEmpty {
      let i = restarts.partitionIndex { $0.position > position } - 1
      lower = i >= 0 ? restarts[i].position : 0
      upper = i + 1 < restarts.count ? restarts[i + 1].position : firstPosition
      step = i >= 0 ? restarts[i].step : nil
    }
    guard let stretch = rebuild(lower..<min(upper, firstPosition), fromStep: step, rebuilder) else {
      rebuildFailed = true
      return nil
    }
    if rebuilt.count >= Self.rebuiltLimit { rebuilt.removeFirst() }
    rebuilt.append(stretch)
    return stretch
  }

  /// `positions` recorded again, if what came back has them all and starts
  /// with the state this timeline had there (its line step; a run that
  /// slept to the wrong line would not). Asleep, once more from the start
  /// if that fails.
  private func rebuild(_ positions: Range<Int>, fromStep step: Int?, _ rebuilder: any HistoryRebuilder) -> Timeline? {
    let linesBeforeStart = lineCount(before: positions.lowerBound)
    let stretch = rebuilder.rebuild(positions, fromStep: step)
    if let stretch, stretch.firstPosition == positions.lowerBound, stretch.endPosition == positions.upperBound,
      stretch.state(at: positions.lowerBound).lineStep == linesBeforeStart
    {
      return stretch
    }
    return step == nil ? nil : rebuild(positions, fromStep: nil, rebuilder)
  }
}
