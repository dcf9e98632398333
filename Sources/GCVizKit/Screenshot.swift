import GCEngine
import GCVizScreen
import GCVizTimeline

/// The screen at one step of a recorded run, as text, ANSI or SVG: what
/// `gcviz render` prints and what the live screen shows at that step.
public enum Screenshot {
  public enum Format: String, CaseIterable, Sendable {
    case text, ansi, svg
    /// The object graph alone, for Graphviz.
    case dot
  }

  /// What the screen knows of the scenario besides the run's state.
  public static func context(for recording: Recording) -> ScreenContext {
    let timeline = recording.timeline
    return context(
      recording.scenario, profile: recording.profile, totalLineSteps: timeline.isFinished ? timeline.lineCount : nil,
      stdoutMode: recording.stdoutMode)
  }

  /// The same for a scenario still being recorded (the total not known yet).
  public static func context(
    _ scenario: Scenario, profile: Profile, totalLineSteps: Int?, stdoutMode: StdoutMode = .tty
  ) -> ScreenContext {
    let java = scenario.language == .java
    return ScreenContext(
      scenarioName: scenario.name, profileName: profile.name, sourceLines: scenario.lines,
      totalLineSteps: totalLineSteps,
      bytecode: java ? BytecodeListing.methods(of: scenario) : nil,
      rootBufferCapacity: profile.rootBufferCapacity,
      // The toy JVM's System.out is not buffered.
      stdoutMode: java ? nil : stdoutMode.rawValue)
  }

  /// The state after `step` lines ran (nil: the end of the run).
  public static func state(_ recording: Recording, step: Int?) -> RunState {
    let t = recording.timeline
    return t.state(at: step.map { t.position(ofStep: $0) } ?? t.endPosition)
  }

  /// The screen after `step` lines ran, or at `position` of the timeline
  /// when given (a stop inside a step).
  public static func render(
    _ recording: Recording, step: Int?, position: Int? = nil, width: Int, height: Int, format: Format = .text,
    options: ScreenOptions = ScreenOptions()
  ) -> String {
    let state = position.map { recording.timeline.state(at: $0) } ?? state(recording, step: step)
    if format == .dot { return DotWriter.write(state: state, context: context(for: recording), options: options) }
    let grid = Screen.render(state: state, context: context(for: recording), size: (width, height), options: options)
    switch format {
    case .text: return TextWriter.write(grid)
    case .ansi: return ANSIWriter.write(grid)
    case .svg: return SVGWriter.write(grid)
    case .dot: return ""
    }
  }
}
