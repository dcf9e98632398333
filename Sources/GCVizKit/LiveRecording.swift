import Foundation
import GCEngine
import GCVizRecording
import GCVizTimeline
import Synchronization

/// A scenario recorded on a thread of its own while it is watched: the
/// live screen reads the timeline as it grows. The recording runs ahead of
/// the viewer by at most `lookahead` entries and then waits, so a scenario
/// that never ends plays forever in bounded memory (the timeline drops its
/// oldest history past its entry limit, which is twice the lookahead, and
/// records a dropped stretch again when the viewer goes back to it).
public final class LiveRecording: @unchecked Sendable {
  public let scenario: Scenario
  public let profile: Profile
  /// Guards everything below it; the recording thread holds it while it
  /// runs and lets go at line boundaries when a reader waits.
  private let condition = NSCondition()
  private let timeline: Timeline
  private let recorder: TimelineRecorder
  private var viewerPosition = 0
  private var cancelled = false
  private var exitCode: Int32?
  private var failure: RecordingError?
  private let readersWaiting = Atomic<Int>(0)
  public let lookahead: Int
  /// Set (from the watchdog's thread) when one step ran past the time
  /// limit: the recording thread holds the lock inside that step and may
  /// never let go, so the viewer must not ask for the timeline again.
  private let stuck = Mutex<LimitReached?>(nil)
  private var watchdog: StepWatchdog?

  /// How a play session records: history bounded at 1,000,000 entries
  /// (about 100 MB with their boxed payloads), the recording at most half
  /// of that ahead.
  public static let defaultEntryLimit = 1_000_000
  /// A live recording has no step bound: a `while True` plays for ever.
  public static let standardLimits = RunLimits(steps: 0)

  /// What the scenario's stdout is.
  public let stdoutMode: StdoutMode

  public init(
    _ scenario: Scenario, profile: Profile, entryLimit: Int = LiveRecording.defaultEntryLimit,
    lookahead: Int? = nil, stdoutMode: StdoutMode = .tty
  ) {
    self.stdoutMode = stdoutMode
    self.scenario = scenario
    self.profile = profile
    timeline = Timeline(entryLimit: entryLimit)
    recorder = TimelineRecorder(timeline: timeline)
    self.lookahead = lookahead ?? entryLimit / 2
  }

  /// Starts recording within `limits`; returns at once. `workingDirectory`
  /// completes relative paths in 3.x tracebacks.
  public func start(
    limits: RunLimits = LiveRecording.standardLimits,
    workingDirectory: String = FileManager.default.currentDirectoryPath
  ) {
    recorder.afterLine = { [unowned self] in self.pace() }
    // A dropped stretch is recorded again by running asleep to the restart
    // before it, then recording to the next: restarts a sixty-fourth of
    // the history apart keep that part short (a quarter apart, a long f1
    // play also grew by some 8 bytes a step more; not understood).
    recorder.restartSpacing = max(1, timeline.entryLimit / 64)
    timeline.rebuilder = RunRebuilder(
      scenario, profile: profile, limits: limits, workingDirectory: workingDirectory,
      restartSpacing: recorder.restartSpacing, stdoutMode: stdoutMode)
    watchdog = Runner.watchdog(limits) { [weak self] reached in self?.stuck.withLock { $0 = reached } }
    let started = LargeStack.spawn { [self] in
      condition.lock()
      // Only the end of stderr matters (a stop message); the output itself
      // is in the timeline, and a run that never ends must not pile it up.
      let output = TailOutput(stdoutMode: stdoutMode)
      // This thread has the large stack already: run here, so that the
      // thread that holds the lock is the one that paces.
      let code = Runner.runHere(
        scenario, profile: profile, output: output, limits: limits, sink: recorder,
        workingDirectory: workingDirectory, watchdog: watchdog,
        prepare: { [recorder] in recorder.attach($0) })
      if !self.recorder.isAttached {
        failure = RecordingError(message: output.stderrTail)
      } else {
        self.recorder.finish(Recording.ending(code: code, stderr: output.stderrTail, cancelled: cancelled))
      }
      exitCode = code
      condition.broadcast()
      condition.unlock()
    }
    if started == nil {
      // Not even a default-sized thread (a very low `ulimit -v`): the
      // screen says so instead of waiting for a recording.
      read { _ in
        recorder.finish(.stopped(message: "gcviz: cannot start a thread to record the scenario (is `ulimit -v` low?)"))
        exitCode = Runner.exitBadInput
      }
    }
  }

  /// At a line boundary, on the recording thread: let waiting readers in,
  /// and wait while far enough ahead of the viewer.
  private func pace() {
    while !cancelled,
      readersWaiting.load(ordering: .acquiring) > 0 || timeline.endPosition - viewerPosition > lookahead
    {
      // Waiting for the viewer is not the step taking time.
      watchdog?.pause()
      condition.wait()
      watchdog?.resume()
    }
    // Stopping: the interpreter ends at its next line as if at a step limit.
    if cancelled { recorder.program?.stopAtNextStep() }
  }

  /// Reads the timeline (and whether the run ended) under the lock.
  public func read<T>(_ body: (Timeline) -> T) -> T {
    asReader { body(timeline) }
  }

  /// Runs `body` holding the lock, as a reader: the recording lets go at
  /// its next line when it sees one waiting, and is woken afterwards.
  private func asReader<T>(_ body: () -> T) -> T {
    readersWaiting.add(1, ordering: .releasing)
    condition.lock()
    readersWaiting.subtract(1, ordering: .releasing)
    defer {
      condition.broadcast()
      condition.unlock()
    }
    return body()
  }

  /// The viewer is now at `position`: the recording may run further ahead.
  public func viewerMoved(to position: Int) {
    read { _ in viewerPosition = position }
  }

  /// The scenario did not compile (its diagnostic), once that is known.
  public var compileError: RecordingError? { read { _ in failure } }

  /// Whether the recording has ended (the run finished, stopped or failed).
  public var isComplete: Bool { read { _ in exitCode != nil } }

  /// Waits until the recording ended or `seconds` passed.
  @discardableResult
  public func waitUntilComplete(seconds: Double) -> Bool {
    let deadline = Date(timeIntervalSinceNow: seconds)
    return asReader {
      while exitCode == nil {
        // The recording may be waiting for this reader to go: wake it.
        condition.broadcast()
        if !condition.wait(until: deadline) { break }
      }
      return exitCode != nil
    }
  }

  /// Stops the recording thread at its next line (it may be waiting).
  /// A stuck one is left to the process's end.
  public func cancel() {
    guard stuckLimit == nil else { return }
    read { _ in cancelled = true }
  }

  /// The time limit a step ran past, once the watchdog saw it: from then
  /// on nothing may read the timeline (its lock is held in that step).
  public var stuckLimit: LimitReached? { stuck.withLock { $0 } }
}

/// Keeps only the last 64 KiB of stderr and nothing of stdout.
final class TailOutput: OutputWriter {
  private(set) var stderrTail = ""
  let stdoutMode: StdoutMode
  init(stdoutMode: StdoutMode) { self.stdoutMode = stdoutMode }
  func write(_ text: String, to stream: GCEngine.OutputStream) {
    guard stream == .stderr else { return }
    stderrTail += text
    if stderrTail.utf8.count > 1 << 16 { stderrTail = String(stderrTail.suffix(1 << 15)) }
  }
}
