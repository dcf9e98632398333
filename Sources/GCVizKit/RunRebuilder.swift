import GCEngine
import GCVizRecording
import GCVizTimeline

/// Records a scenario again exactly as its timeline was first recorded
/// (same profile, limits, first recorded step and restarts), so the
/// entries of a dropped stretch come back at the same positions.
public final class RunRebuilder: HistoryRebuilder {
  let scenario: Scenario
  let profile: Profile
  let limits: RunLimits
  let workingDirectory: String
  let firstStep: Int
  let restartSpacing: Int?
  let stdoutMode: StdoutMode

  public init(
    _ scenario: Scenario, profile: Profile, limits: RunLimits, workingDirectory: String,
    recordingFrom firstStep: Int = 0, restartSpacing: Int? = nil, stdoutMode: StdoutMode = .tty
  ) {
    self.stdoutMode = stdoutMode
    self.scenario = scenario
    self.profile = profile
    self.limits = limits
    self.workingDirectory = workingDirectory
    self.firstStep = firstStep
    self.restartSpacing = restartSpacing
  }

  public func rebuild(_ positions: Range<Int>, fromStep step: Int?) -> Timeline? {
    let window = Timeline(window: positions, startsAtRestart: step != nil)
    let result = Recording.record(
      scenario, profile: profile, limits: limits, timeline: window, workingDirectory: workingDirectory,
      recordingFrom: step ?? firstStep, restartSpacing: restartSpacing, stdoutMode: stdoutMode)
    guard case .success = result else { return nil }
    return window
  }
}
