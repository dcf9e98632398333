import GCEngine
import GCVizRecording
import GCVizTimeline

/// A scenario run recorded for the screen.
public struct Recording {
  public var scenario: Scenario
  public var profile: Profile
  public var timeline: Timeline
  public var exitCode: Int32
  /// What the scenario's stdout was (the screen stands for a terminal
  /// unless told otherwise).
  public var stdoutMode: StdoutMode = .tty
  /// What `gcviz run` would have said on stderr when a bound or a refusal
  /// stopped the run (the limit's line, the diagnostic with its caret).
  public var stopReport: String?

  /// What a recording stops at unless told otherwise: a million line steps.
  public static let standardLimits = RunLimits(steps: 1_000_000)
  /// How far past the step asked for (`through`) a recording goes to learn
  /// the run's total; a run longer than that is left unfinished.
  public static let lookaheadSteps = 10_000
  /// How far before a step shown alone (`render --step`) its recording
  /// starts: a collection under way there (its finalizers run lines) is
  /// recorded from its start.
  public static let lookbackSteps = 1_000

  /// The history a recording keeps, in entry weights (`Entry.weight`,
  /// some 40 bytes each): a run past it keeps its recent part.
  public static let weightLimit = 16_000_000

  /// Runs `scenario` under `profile` recording every step, within `limits`
  /// (the scenario's `#: steps:` bound applies too). A scenario that does
  /// not compile comes back as its rendered diagnostic. With `through`,
  /// only as far as that step and `lookaheadSteps` more: a screen of step 5
  /// of an endless scenario does not wait for its millionth. With
  /// `recordingFrom`, the steps before that one are run, not recorded: the
  /// timeline starts with the state there (`Int.max`: the end's), as a
  /// screen of one step needs.
  public static func record(
    _ scenario: Scenario, profile: Profile, limits: RunLimits = Recording.standardLimits,
    through step: Int? = nil, timeline: Timeline = Timeline(weightLimit: Recording.weightLimit),
    workingDirectory: String = "/tmp", prepare: ((any RecordedProgram) -> Void)? = nil,
    onStepTimeout: (@Sendable (LimitReached) -> Void)? = nil, editsBySlot: Bool = true,
    recordingFrom firstStep: Int = 0,
    restartSpacing: Int? = nil, stdoutMode: StdoutMode = .tty
  ) -> Result<Recording, RecordingError> {
    let recorder = TimelineRecorder(timeline: timeline, editsBySlot: editsBySlot, recordingFromStep: firstStep)
    recorder.restartSpacing = restartSpacing
    final class Cut: @unchecked Sendable {
      var program: (any RecordedProgram)?
      var done = false
    }
    let cut = Cut()
    let last = step.flatMap { step in
      let (last, overflow) = step.addingReportingOverflow(lookaheadSteps)
      return overflow ? nil : last
    }
    // A window of dropped history (see `HistoryRebuilder`) needs no more
    // once full.
    recorder.afterLine = {
      guard !cut.done, timeline.isWindowFull || last.map({ timeline.lineCount > $0 }) == true else { return }
      cut.done = true
      cut.program?.stopAtNextStep()
    }
    let output = CapturedOutput(stdoutMode: stdoutMode)
    let code = Runner.run(
      scenario, profile: profile, output: output, limits: limits, sink: recorder,
      workingDirectory: workingDirectory,
      prepare: {
        cut.program = $0
        recorder.attach($0)
        prepare?($0)
      }, onStepTimeout: onStepTimeout)
    // The cut holds the program, whose heap reports to the recorder, whose
    // hook holds the cut: a cycle (LeakSanitizer found it) broken here.
    cut.program = nil
    recorder.afterLine = nil
    // No interpreter or machine was made: the scenario did not compile,
    // and the runner wrote its diagnostic.
    if !recorder.isAttached {
      return .failure(RecordingError(message: output.stderr))
    }
    // Cut short on purpose: the run goes on, its ending is not known.
    recorder.finish(cut.done ? nil : ending(code: code, stderr: output.stderr))
    var recording = Recording(scenario: scenario, profile: profile, timeline: timeline, exitCode: code)
    recording.stdoutMode = stdoutMode
    if !cut.done { recording.stopReport = stopReport(code: code, stderr: output.stderr) }
    return .success(recording)
  }
}

extension Recording {
  /// A stop message as the screen words it: there gcviz is speaking, so no
  /// "gcviz: stopped" after the screen's own "stopped:".
  static func screenMessage(_ line: String) -> String {
    for prefix in ["gcviz: stopped: ", "gcviz: stopped ", "gcviz: "] where line.hasPrefix(prefix) {
      return String(line.dropFirst(prefix.count))
    }
    return line
  }

  /// The runner's own last words on stderr, for a run a bound or a refusal
  /// stopped: the limit's line, or the diagnostic from its first line.
  static func stopReport(code: Int32, stderr: String) -> String? {
    let lines = Self.lines(stderr, omittingEmpty: false).dropLast()
    if code == Runner.exitBadInput, let first = lines.lastIndex(where: { $0.contains(": error: ") }) {
      return lines[first...].joined(separator: "\n") + "\n"
    }
    guard Runner.exitLimits.contains(code), let last = lines.last else { return nil }
    return last + "\n"
  }

  /// `text` split at its newlines, by bytes: a megabyte of tracebacks
  /// split by Character took seconds.
  static func lines(_ text: String, omittingEmpty: Bool) -> [Substring] {
    text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: omittingEmpty).map { Substring($0) }
  }

  /// How a recorded run ended, from its exit code and what it wrote last.
  static func ending(code: Int32, stderr: String, cancelled: Bool = false) -> RunEnding {
    if cancelled { return .stopped(message: "stopped") }
    let lines = Self.lines(stderr, omittingEmpty: true)
    // A refusal's first line says what (`file:line:col: error: ...`; the
    // source line and the caret follow); a limit's message is the last.
    if code == Runner.exitBadInput, let first = lines.first(where: { $0.contains(": error: ") }) {
      return .stopped(message: String(first))
    }
    if Runner.exitLimits.contains(code) || code == Runner.exitBadInput {
      return .stopped(message: screenMessage(lines.last.map(String.init) ?? "stopped"))
    }
    return .finished(exitCode: code)
  }
}

/// Why a scenario could not be recorded (its diagnostic, ready to print).
public struct RecordingError: Error {
  public var message: String
}
