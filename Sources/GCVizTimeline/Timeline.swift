import GCEngine

/// A run's entries and a way to the state at any position: checkpoints
/// (copies of the state) at intervals, plus replay of the entries after
/// the nearest one. Positions count entries applied: position 0 is the
/// state before anything ran.
///
/// History is bounded: past `entryLimit` entries the oldest are dropped,
/// from checkpoint to checkpoint, and `firstPosition` moves up. So a
/// scenario that runs forever plays in bounded memory. With a `rebuilder`
/// nothing is lost: a dropped stretch is recorded again when asked for
/// (see `Timeline+Rebuilt.swift`); without one the screen says history
/// starts later.
public final class Timeline {
  /// Entries from `firstPosition` on.
  private(set) var entries: [Entry] = []
  /// Position of `entries[0]`.
  public private(set) var firstPosition = 0
  /// Checkpoint positions (ascending) and the states there.
  private var checkpointPositions: [Int] = [0]
  private var checkpointStates: [RunState] = [RunState()]
  /// Records dropped history again; set, no step is ever lost (the line
  /// and collection positions are then all kept: a few bytes a step).
  public var rebuilder: (any HistoryRebuilder)?
  /// Stretches recorded again, most recently used last (a few are kept:
  /// a step reached once seeks fast).
  var rebuilt: [Timeline] = []
  /// Set once a rebuild failed: not tried again at every entry a scan
  /// reads (dropped history then stays dropped).
  var rebuildFailed = false
  /// A rebuilt stretch's positions: entries outside are not kept.
  let window: Range<Int>?
  /// Whether the window starts at a restart: the recording sleeps until
  /// it, and its start (`start(from:)`) is the window's first position.
  private let windowStartsAtRestart: Bool
  /// Line entries before `linePositions[0]` (the start's, and dropped ones).
  private var linesBefore = 0
  /// Where each `.restart` entry's step starts (just after the line entry
  /// that follows it), and that step: a rebuilt stretch starts at one, by
  /// running asleep to its step. All kept, like the line positions.
  public private(set) var restarts: [(position: Int, step: Int)] = []
  private var restartPending = false
  /// The state at `endPosition` (recording appends here).
  public private(set) var latest = RunState()
  /// Positions of `.line` entries, ascending (the line grain): the kept
  /// ones, or with a rebuilder all of them.
  private(set) var linePositions = PositionList()
  private var collectionPositions: [Int] = []
  /// Entries applied since the last checkpoint (checkpoints are spaced by
  /// replay cost, and by heap size so that copying a big state stays rare).
  private var sinceCheckpoint = 0
  /// Entries the next checkpoint waits for, once its interval has passed.
  private var checkpointSpacing: Int?
  public let entryLimit: Int
  /// What the kept entries may weigh (`Entry.weight`: one, plus the
  /// variables, references and fields they carry), so that a run whose
  /// entries are big (a module with 200,000 names records its frame at
  /// each step) keeps less history instead of tens of gigabytes.
  public let weightLimit: Int
  public let checkpointInterval: Int
  /// Entries between checkpoints per object (or frame) of the state.
  public static let stateSpacing = 8
  /// The weight of everything appended, and at each checkpoint.
  private var totalWeight = 0
  private var checkpointWeights: [Int] = [0]

  public init(entryLimit: Int = 4_000_000, weightLimit: Int = .max, checkpointInterval: Int = 4096) {
    self.entryLimit = entryLimit
    self.weightLimit = weightLimit
    self.checkpointInterval = checkpointInterval
    window = nil
    windowStartsAtRestart = false
  }

  /// A timeline that keeps only the entries of `positions` of a run
  /// recorded again (the ones before are applied, not kept; the ones
  /// after are ignored): a stretch of another timeline's dropped history.
  public init(window positions: Range<Int>, startsAtRestart: Bool = false, checkpointInterval: Int = 4096) {
    entryLimit = .max
    weightLimit = .max
    self.checkpointInterval = checkpointInterval
    window = positions
    windowStartsAtRestart = startsAtRestart
  }

  /// Whether a window has all its entries (the run may stop).
  public var isWindowFull: Bool { window.map { endPosition >= $0.upperBound } ?? false }

  public var endPosition: Int { firstPosition + entries.count }
  public var isFinished: Bool { latest.ending != nil }

  // MARK: Recording

  public func append(_ entry: Entry) {
    let position = endPosition
    if case .restart = entry { restartPending = true }
    if let window, !window.contains(position) {
      // Past the window: what the run does once stopped is not the
      // original's. Before it: only the state, for the recorder's reads.
      guard position < window.lowerBound else { return }
      latest.apply(entry)
      firstPosition += 1
      if firstPosition == window.lowerBound { startWindow() }
      return
    }
    if entry.isLine {
      linePositions.append(position)
      // The step once this line is applied is the lines before it.
      if restartPending { restarts.append((position + 1, latest.lineStep)) }
      restartPending = false
    }
    if entry.isCollectionStart { collectionPositions.append(position) }
    entries.append(entry)
    latest.apply(entry)
    let weight = entry.weight
    totalWeight += weight
    sinceCheckpoint += 1
    // A checkpoint copies the state: spaced by its size too, so that the
    // copies of a large heap or a deep stack cost linear memory overall.
    // An object's state takes several times an entry's bytes, and a
    // collection writes entries for every object it scans: at one entry
    // per object, the checkpoints of a heap that only grows (a 200,000-deep
    // dict) took 25 KB an object; at `stateSpacing` they take a few.
    // Under a weight limit, heavy entries bring checkpoints sooner (the
    // oldest history goes from checkpoint to checkpoint), but never
    // closer than the state's size: a checkpoint every few heavy steps of
    // a growing heap copied it quadratically often.
    let heavy = weightLimit != .max && totalWeight - checkpointWeights[checkpointWeights.count - 1] >= weightLimit / 8
    if sinceCheckpoint >= checkpointInterval || heavy {
      // The size is read once per checkpoint: it walks the frames.
      let spacing = checkpointSpacing ?? Self.stateSpacing * latest.size
      checkpointSpacing = spacing
      if sinceCheckpoint >= spacing {
        checkpointPositions.append(endPosition)
        checkpointStates.append(latest)
        checkpointWeights.append(totalWeight)
        sinceCheckpoint = 0
        checkpointSpacing = nil
      }
    }
    if entries.count > entryLimit || totalWeight - checkpointWeights[0] > weightLimit { dropOldest() }
  }

  /// A window's first kept position: its first checkpoint.
  private func startWindow() {
    checkpointPositions = [firstPosition]
    checkpointStates = [latest]
    checkpointWeights = [totalWeight]
    sinceCheckpoint = 0
  }

  /// Drops the oldest quarter of the entries or so, up to a checkpoint
  /// (keeping at least one). In batches: removing from the front of the
  /// array moves all of it, so doing it at every checkpoint would cost a
  /// copy of the whole history each time.
  private func dropOldest() {
    guard checkpointPositions.count > 2 else { return }
    let wanted = firstPosition + max(1, entryLimit / 4)
    // The last checkpoint at or below `wanted` (or, when weight is what
    // is over, below a quarter of the weight limit), but never the newest.
    var index = countBelow(checkpointPositions, wanted + 1) - 1
    if totalWeight - checkpointWeights[0] > weightLimit {
      let wantedWeight = checkpointWeights[0] + max(1, weightLimit / 4)
      index = max(index, countBelow(checkpointWeights, wantedWeight + 1) - 1)
    }
    index = min(max(index, 1), checkpointPositions.count - 2)
    let cut = checkpointPositions[index]
    entries.removeFirst(cut - firstPosition)
    firstPosition = cut
    checkpointPositions.removeFirst(index)
    checkpointStates.removeFirst(index)
    checkpointWeights.removeFirst(index)
    // Rebuildable, every step stays reachable and states do not change.
    guard rebuilder == nil else {
      linePositions.compact(below: cut)
      return
    }
    linesBefore += linePositions.removeBelow(cut)
    collectionPositions.removeFirst(countBelow(collectionPositions, cut))
    // Every state from here on says how far back history goes.
    let kept = checkpointStates[0].step
    for i in checkpointStates.indices { checkpointStates[i].firstKeptLineStep = kept }
    latest.firstKeptLineStep = kept
  }

  /// Starts an empty timeline from `state` instead of the state before
  /// anything ran: a recording that slept until a step (see
  /// `TimelineRecorder`) begins with the state there. Its steps before
  /// are not kept (`firstKeptStep`). `step`: the one the state is (the
  /// end's, for a state taken as the run ended), else the state's own.
  public func start(from state: RunState, step: Int? = nil) {
    precondition(entries.isEmpty && firstPosition == 0, "a timeline starts before its first entry")
    var first = state
    // A window of a stretch that starts at a restart starts there.
    first.position = windowStartsAtRestart ? window?.lowerBound ?? 0 : 0
    firstPosition = first.position
    latest = first
    checkpointPositions = [first.position]
    checkpointStates = [first]
    linesBefore = first.lineStep
    startStep = step ?? first.step
  }

  /// The step the timeline started from (0 unless `start(from:)`).
  public private(set) var startStep = 0

  // MARK: Seeking

  /// The state at `position` (clamped to what is kept).
  public func state(at position: Int) -> RunState {
    let target = min(max(position, firstReachablePosition), endPosition)
    if target == endPosition { return latest }
    if target < firstPosition {
      if let stretch = rebuiltStretch(containing: target) { return stretch.state(at: target) }
      return state(at: firstPosition)
    }
    let index = countBelow(checkpointPositions, target + 1) - 1
    var state = checkpointStates[max(index, 0)]
    var p = state.position
    while p < target {
      state.apply(entries[p - firstPosition])
      p += 1
    }
    return state
  }

  // MARK: Grains

  /// The first step still kept (history may have been dropped).
  public var firstKeptStep: Int {
    guard rebuilder != nil else { return max(latest.firstKeptLineStep, startStep) }
    return rebuildFailed ? max(checkpointStates[0].step, startStep) : startStep
  }

  /// The first position a seek reaches: 0 when dropped history is rebuilt.
  public var firstReachablePosition: Int { rebuilder != nil && !rebuildFailed ? 0 : firstPosition }

  /// Line steps recorded: step N (0...lineCount) is the state once N lines
  /// ran, with line N+1 about to run; step `lineCount` is the end.
  public var lineCount: Int { latest.lineStep }

  /// The position of step `n`: just after line n+1's `.line` entry (so the
  /// screen marks it as the line about to run), or the end.
  public func position(ofStep n: Int) -> Int {
    let k = n - linesBefore
    if k < 0 { return firstReachablePosition }
    if k < linePositions.count { return linePositions[k] + 1 }
    return endPosition
  }

  /// The next position `s` stops at after `position`: just after the next
  /// event or line entry, or the end.
  public func nextEvent(after position: Int) -> Int {
    var q = max(position, firstReachablePosition)
    while q < endPosition, entry(at: q)?.isEventStop == false { q += 1 }
    return min(q + 1, endPosition)
  }

  /// The stop before `position`, or the first kept position.
  public func previousEvent(before position: Int) -> Int {
    var q = min(position, endPosition) - 2
    let first = firstReachablePosition
    while q >= first, entry(at: q)?.isEventStop == false { q -= 1 }
    return q >= first ? q + 1 : first
  }

  /// The position where the next collection starts after `position` (its
  /// `collectionStarted` applied), or nil if none is recorded yet.
  public func nextCollection(after position: Int) -> Int? {
    let i = countBelow(collectionPositions, position)
    guard i < collectionPositions.count else { return nil }
    return collectionPositions[i] + 1
  }

  /// The position just after the collection that starts at `start` ends
  /// (its `collectionFinished` applied), or nil if not recorded yet.
  public func collectionEnd(from start: Int) -> Int? {
    var q = max(start, firstReachablePosition)
    while q < endPosition {
      if case .event(.collectionFinished) = entry(at: q) { return q + 1 }
      q += 1
    }
    return nil
  }

  /// The position of the last collection start before `position` (the one
  /// under way, if any, else the one before), or nil if none is kept.
  public func previousCollection(before position: Int) -> Int? {
    let i = countBelow(collectionPositions, position - 1)
    return i > 0 ? collectionPositions[i - 1] + 1 : nil
  }

  /// The entry that leads to `position` (the one last applied), if kept.
  public func entry(before position: Int) -> Entry? {
    entry(at: position - 1)
  }

  /// The entry at `position` (dropped history rebuilt), if kept.
  func entry(at position: Int) -> Entry? {
    if position >= firstPosition { return position < endPosition ? entries[position - firstPosition] : nil }
    guard position >= 0 else { return nil }
    return rebuiltStretch(containing: position)?.entry(at: position)
  }

  /// Line entries before `position` (all kept when rebuildable).
  func lineCount(before position: Int) -> Int { linesBefore + linePositions.countBelow(position) }

  /// How many values of the ascending array are below `bound`.
  func countBelow(_ sorted: [Int], _ bound: Int) -> Int { sorted.partitionIndex { $0 >= bound } }
}
