/// Dropped history, recorded again on demand in stretches.
extension Timeline {
  /// How many rebuilt stretches are kept: where the viewer is and where
  /// it was (moving back and forth between two far steps stays fast).
  static let rebuiltLimit = 2

  /// Positions per rebuilt stretch: a quarter of the history kept, so a
  /// stretch costs less memory than the history itself.
  var stretchLength: Int { max(1, min(entryLimit, 4_000_000) / 4) }

  /// The rebuilt stretch that holds `position` (recorded again if none
  /// does), or nil without a rebuilder or when rebuilding failed.
  func rebuiltStretch(containing position: Int) -> Timeline? {
    if let i = rebuilt.lastIndex(where: { $0.window?.contains(position) == true }) {
      let stretch = rebuilt.remove(at: i)
      rebuilt.append(stretch)
      return stretch
    }
    guard let rebuilder, position < firstPosition else { return nil }
    let lower = position / stretchLength * stretchLength
    let positions = lower..<min(lower + stretchLength, firstPosition)
    guard let stretch = rebuilder.rebuild(positions), stretch.firstPosition == positions.lowerBound,
      stretch.endPosition == positions.upperBound
    else { return nil }
    if rebuilt.count >= Self.rebuiltLimit { rebuilt.removeFirst() }
    rebuilt.append(stretch)
    return stretch
  }
}
