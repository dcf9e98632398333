import Foundation
import GCEngine
import GCVizScreen
import GCVizTimeline

/// `gcviz play --compare`: one scenario recorded under two profiles, shown
/// split in two. The moves are taken on the leading half; the other half
/// follows to the same program position (`Lockstep`). Keys go in, grids
/// come out, as in `PlaySession`.
public final class CompareSession: LiveView {
  public let recordings: [Recording]
  public let lockstep: Lockstep
  let contexts: [ScreenContext]
  /// Each half's position in its timeline.
  public internal(set) var positions: [Int]
  /// The half the moves are taken on (0: left or top).
  public internal(set) var lead = 0
  public internal(set) var options: ScreenOptions
  let clock: () -> Double
  var lastAdvance: Double
  var noticeUntil: Double = 0
  /// The height of the last frame drawn: how far the help can scroll.
  private var lastHeight = 40

  /// Both recordings must be of the same scenario, recorded to their end
  /// (or to a bound): the lockstep indexes every line start.
  public init(
    _ recordings: [Recording], options: ScreenOptions = ScreenOptions(),
    clock: @escaping () -> Double = { Date().timeIntervalSinceReferenceDate }
  ) {
    precondition(recordings.count == 2, "a comparison has two recordings")
    self.recordings = recordings
    self.options = options
    self.clock = clock
    lockstep = Lockstep(recordings[0].timeline, recordings[1].timeline)
    contexts = recordings.map(Screenshot.context(for:))
    positions = recordings.map { $0.timeline.position(ofStep: 0) }
    lastAdvance = clock()
    follow()
  }

  /// Records `scenario` under each of `profiles`, to its end or `limits`.
  public static func record(
    _ scenario: Scenario, profiles: [Profile], limits: RunLimits = Recording.standardLimits,
    workingDirectory: String = FileManager.default.currentDirectoryPath, stdoutMode: StdoutMode = .tty
  ) -> Result<[Recording], RecordingError> {
    var recordings: [Recording] = []
    for profile in profiles {
      switch Recording.record(
        scenario, profile: profile, limits: limits, workingDirectory: workingDirectory, stdoutMode: stdoutMode)
      {
      case .success(let r): recordings.append(r)
      case .failure(let error): return .failure(error)
      }
    }
    return .success(recordings)
  }

  var timelines: [Timeline] { lockstep.timelines }

  // MARK: Drawing

  /// Both halves at their positions; `ProgramPosition` of the leading one
  /// in the title.
  public func frame(width: Int, height: Int) -> Grid {
    lastHeight = height
    if options.notice != nil, clock() >= noticeUntil { options.notice = nil }
    let halves = (0..<2).map {
      CompareHalf(state: timelines[$0].state(at: positions[$0]), context: contexts[$0], leads: $0 == lead)
    }
    // At the end no line is about to run.
    let ended = timelines[lead].isFinished && positions[lead] >= timelines[lead].endPosition
    return CompareScreen.render(
      halves, position: ended ? nil : lockstep.programPosition(at: positions[lead], side: lead),
      size: (width, height), options: options)
  }

  public func waitForStart(seconds: Double) {}

  public var idleMilliseconds: Int { options.playing ? max(1, min(100, Int(1000 / options.speed))) : 1000 }

  // MARK: Time

  /// While playing: as many line steps of the leading half as the speed
  /// says since the last; the end of both stops it.
  public func tick() {
    guard options.playing else {
      lastAdvance = clock()
      return
    }
    let due = Int((clock() - lastAdvance) * options.speed)
    guard due > 0 else { return }
    lastAdvance += Double(due) / options.speed
    let target = linePosition(by: due)
    // `t`: a collection of either half on the way stops the play there.
    if options.stopAtCollections, let found = nearestCollection(forward: true), found.leadPosition <= target {
      show(found)
      options.playing = false
      notify("stopped at a collection; space plays on")
      return
    }
    moveLead(to: target)
    if positions[lead] >= timelines[lead].endPosition { options.playing = false }
  }

  // MARK: Keys

  public func handle(_ key: Key) -> PlaySession.Outcome {
    guard let command = KeyBinding.command(for: key, in: keyMode, jvm: contexts[0].isJVM) else { return .keepGoing }
    switch command {
    case .quit: return .quit
    case .playPause:
      options.playing.toggle()
      lastAdvance = clock()
    case .stepOver: stepOver()
    case .nextLine: stepLines(by: 1)
    case .previousLine: stepLines(by: -1)
    case .nextCollection: seekCollection(forward: true)
    case .previousCollection: seekCollection(forward: false)
    case .first: moveLead(to: timelines[lead].position(ofStep: 0))
    case .last: showEnds()
    case .stopAtCollections:
      options.stopAtCollections.toggle()
      notify(
        options.stopAtCollections
          ? "playing stops at each collection of either half" : "playing runs through collections")
    case .switchSide:
      lead = 1 - lead
      notify("\(contexts[lead].profileName) leads; \(contexts[1 - lead].profileName) follows")
    case .help:
      options.helpVisible = true
      options.helpScroll = 0
    case .closeHelp: options.helpVisible = false
    case .scrollUp: scrollHelp(by: -1)
    case .scrollDown: scrollHelp(by: 1)
    case .pageUp: scrollHelp(by: -10)
    case .pageDown: scrollHelp(by: 10)
    case .faster: changeSpeed(by: 1)
    case .slower: changeSpeed(by: -1)
    default: break  // not bound in `.compare`
    }
    return .keepGoing
  }

  /// The help takes every key while open (`.help`, as in `play`).
  public var keyMode: KeyMode { options.helpVisible ? .help : .compare }

  private func scrollHelp(by delta: Int) {
    let limit = CompareScreen.helpScrollLimit(jvm: contexts[0].isJVM, height: lastHeight)
    options.helpScroll = max(0, min(limit, options.helpScroll + delta))
  }

  private func changeSpeed(by delta: Int) {
    let speeds = PlaySession.speeds
    let index = speeds.firstIndex { $0 >= options.speed } ?? speeds.count - 1
    options.speed = speeds[max(0, min(speeds.count - 1, index + delta))]
  }

  func notify(_ text: String) {
    options.notice = text
    noticeUntil = clock() + 3
  }
}
