import GCVizTimeline

/// One recorded run's line starts by program position, both ways: which
/// run of its line each start is, and where each (line, run) starts.
/// Built from the first line start kept, so a recording from step 0 counts
/// every run.
public struct ProgramIndex {
  /// By line start index.
  private var keys: [ProgramPosition] = []
  private var depths: [Int] = []
  private var startIndex: [ProgramPosition: Int] = [:]
  private var runsSoFar: [Int: Int] = [:]
  /// By line start index: the index of the first later line start no
  /// deeper than it (where its run, calls included, has ended), once seen.
  private var ends: [Int?] = []
  /// Line starts whose end is not seen yet, deepest last.
  private var open: [Int] = []

  public init(_ timeline: Timeline) { extend(timeline) }

  /// Indexes the line starts recorded since the last call.
  public mutating func extend(_ timeline: Timeline) {
    for index in keys.count..<timeline.lineStartCount {
      let start = timeline.lineStart(index: index)
      let key = ProgramPosition(line: start.line, run: runsSoFar[start.line, default: 0])
      runsSoFar[start.line] = key.run + 1
      keys.append(key)
      depths.append(start.depth)
      ends.append(nil)
      startIndex[key] = index
      while let last = open.last, depths[last] >= start.depth {
        ends[last] = index
        open.removeLast()
      }
      open.append(index)
    }
  }

  /// The line starts of the run of the `index`-th one: itself and the
  /// lines of what it called, up to the next line of its frame or an
  /// outer one (all kept so far when that has not come yet).
  public func run(of index: Int) -> Range<Int> { index..<(ends[index] ?? keys.count) }

  public var count: Int { keys.count }

  /// The program position of the `index`-th line start.
  public func key(at index: Int) -> ProgramPosition { keys[index] }

  public func depth(at index: Int) -> Int { depths[index] }

  /// The line start index where `key` runs, if it ever does.
  public func index(of key: ProgramPosition) -> Int? { startIndex[key] }

  /// The nearest line start before `index` in an outer frame: the line
  /// whose call (or whose collection's finalizer) ran the one at `index`.
  public func caller(of index: Int) -> Int? {
    var i = index - 1
    while i >= 0 {
      if depths[i] < depths[index] { return i }
      i -= 1
    }
    return nil
  }
}
