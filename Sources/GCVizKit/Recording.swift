import GCEngine
import GCVizTimeline

/// A scenario run recorded for the screen.
public struct Recording {
  public var scenario: Scenario
  public var profile: Profile
  public var timeline: Timeline
  public var exitCode: Int32

  /// What a recording stops at unless told otherwise: a million line steps.
  public static let standardLimits = RunLimits(steps: 1_000_000)

  /// Runs `scenario` under `profile` recording every step, within `limits`
  /// (the scenario's `#: steps:` bound applies too). A scenario that does
  /// not compile comes back as its rendered diagnostic.
  public static func record(
    _ scenario: Scenario, profile: Profile, limits: RunLimits = Recording.standardLimits,
    timeline: Timeline = Timeline(),
    workingDirectory: String = "/tmp", prepare: ((any RecordedProgram) -> Void)? = nil
  ) -> Result<Recording, RecordingError> {
    let recorder = TimelineRecorder(timeline: timeline)
    // The screen stands for a terminal: the scenario runs as it would there.
    let output = CapturedOutput(isTerminal: true)
    let code = Runner.run(
      scenario, profile: profile, output: output, limits: limits, sink: recorder,
      workingDirectory: workingDirectory,
      prepare: {
        recorder.attach($0)
        prepare?($0)
      })
    // No interpreter or machine was made: the scenario did not compile,
    // and the runner wrote its diagnostic.
    if !recorder.isAttached {
      return .failure(RecordingError(message: output.stderr))
    }
    recorder.finish(ending(code: code, stderr: output.stderr))
    return .success(Recording(scenario: scenario, profile: profile, timeline: timeline, exitCode: code))
  }
}

extension Recording {
  /// How a recorded run ended, from its exit code and what it wrote last.
  static func ending(code: Int32, stderr: String, cancelled: Bool = false) -> RunEnding {
    if cancelled { return .stopped(message: "stopped") }
    if Runner.exitLimits.contains(code) || code == Runner.exitBadInput {
      return .stopped(message: stderr.split(separator: "\n").last.map(String.init) ?? "stopped")
    }
    return .finished(exitCode: code)
  }
}

/// Why a scenario could not be recorded (its diagnostic, ready to print).
public struct RecordingError: Error {
  public var message: String
}
