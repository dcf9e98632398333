import ArgumentParser
import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTimeline

/// `gcviz render`: one screen of the visualizer, printed.
struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the screen the visualizer shows at a step (the screenshot snapshot tests compare)."
  )

  @OptionGroup var target: ScenarioArguments

  @OptionGroup var comparison: CompareArguments

  /// `.unconditional`: `--step -1` is a value to refuse, not an option.
  @Option(
    parsing: .unconditional,
    help: "Show the screen after this many lines ran (0: the first line about to run; past the end is an error).")
  var step: Int?

  /// `.unconditional`: `--stop -1` is a value to refuse, not an option.
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "Show the screen K stops of `s` into the step (events, collector phases, instructions): the title's `stop K`.",
      valueName: "K"))
  var stop: Int?

  @Flag(help: "Show the screen at the end of the run (the default without --step).")
  var end = false

  @Option(help: "The screen size as WIDTHxHEIGHT, at least \(Screen.minimumWidth)x\(Screen.minimumHeight).")
  var size: String = "120x40"

  @Option(
    help:
      "text, ansi (colours as escape sequences), svg (a screenshot for a browser) or dot (the object graph for Graphviz)."
  )
  var format: String = "text"

  @Flag(help: "Draw with ASCII characters instead of box drawing.")
  var ascii = false

  @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
  var noColor = false

  @Flag(name: .customLong("show-hidden"), help: "Show hidden objects (2.7 instance dicts, frames), as `d` does.")
  var showHidden = false

  /// `--max-steps` defaults to 1,000,000 lines recorded here.
  @OptionGroup var bounds: LimitOptions

  @OptionGroup var stdout: StdoutOptions

  func validate() throws {
    if step != nil && end { throw ValidationError("--step and --end exclude each other") }
    if let step, step < 0 { throw ValidationError("--step must be 0 or more") }
    if let stop, stop < 0 { throw ValidationError("--stop must be 0 or more") }
    if stop != nil && step == nil { throw ValidationError("--stop needs --step: it counts stops into that step") }
    guard let (width, height) = Self.parseSize(size) else {
      throw ValidationError("--size must look like 120x40 (each 1 to 1000)")
    }
    // Below this the screen draws only "terminal too small".
    if width < Screen.minimumWidth || height < Screen.minimumHeight {
      throw ValidationError(
        "--size \(width)x\(height) is too small: the screen needs at least \(Screen.minimumWidth)x\(Screen.minimumHeight)"
      )
    }
    if Screenshot.Format(rawValue: format) == nil { throw ValidationError("--format must be text, ansi, svg or dot") }
    if try comparison.names() != nil {
      if target.profile != nil { throw ValidationError("--compare and --profile exclude each other") }
      if stop != nil { throw ValidationError("--stop does not combine with --compare: its steps are line starts") }
      if format == "dot" { throw ValidationError("--format dot draws one graph: not with --compare") }
    }
  }

  static func parseSize(_ text: String) -> (Int, Int)? {
    let parts = text.lowercased().split(separator: "x")
    guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (1...1000).contains(w), (1...1000).contains(h)
    else { return nil }
    return (w, h)
  }

  /// The history kept when only the end is shown: the end's state does
  /// not need it (the memory chart and the output are part of the state),
  /// so a long run renders in memory bounded by its heap, not its length.
  static let endEntryLimit = 250_000

  private func record(_ scenario: Scenario, _ profile: Profile, from firstStep: Int) throws -> Recording {
    let limits = bounds.limits(defaultSteps: Recording.standardLimits.steps)
    let directory = FileManager.default.currentDirectoryPath
    let timeline =
      step == nil
      ? Timeline(entryLimit: Self.endEntryLimit, weightLimit: Self.endEntryLimit)
      : Timeline(weightLimit: Recording.weightLimit)
    // A step whose history was dropped is recorded again.
    timeline.rebuilder = RunRebuilder(
      scenario, profile: profile, limits: limits, workingDirectory: directory, recordingFrom: max(0, firstStep),
      stdoutMode: stdout.mode(default: .tty))
    switch Recording.record(
      scenario, profile: profile, limits: limits, through: step, timeline: timeline, workingDirectory: directory,
      onStepTimeout: LimitOptions.exitOnStepTimeout, recordingFrom: max(0, firstStep),
      stdoutMode: stdout.mode(default: .tty))
    {
    case .failure(let error):
      FileHandle.standardError.write(Data(error.message.utf8))
      throw ExitCode(Runner.exitBadInput)
    case .success(let r): return r
    }
  }

  /// `--compare`: the first profile's step (or both ends), the second at
  /// the same program position.
  private func compare(_ scenario: Scenario, _ profiles: [Profile]) throws {
    let limits = bounds.limits(defaultSteps: Recording.standardLimits.steps)
    let recordings = try CompareArguments.record(
      scenario, profiles, limits: limits, stdoutMode: stdout.mode(default: .tty))
    let color = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    let session = CompareSession(recordings, options: ScreenOptions(showHidden: showHidden, ascii: ascii, color: color))
    let first = recordings[0].timeline
    if let step {
      if step > first.lineCount {
        FileHandle.standardError.write(
          Data(
            "gcviz: error: step \(step) is past the end (under \(profiles[0].name) the run has \(first.lineCount) steps); --end shows the end\n"
              .utf8))
        throw ExitCode(Runner.exitBadInput)
      }
      session.moveLead(to: first.position(ofStep: step))
    } else {
      session.showEnds()
    }
    let (width, height) = Self.parseSize(size)!
    let grid = session.frame(width: width, height: height)
    switch Screenshot.Format(rawValue: format)! {
    case .text, .dot: print(TextWriter.write(grid))
    case .ansi: print(ANSIWriter.write(grid))
    case .svg: print(SVGWriter.write(grid))
    }
    // As for one run: a bound that stopped a run shown at its end is said
    // on stderr too, with its exit code (the first such run's).
    let stopped = recordings.filter { r in r.stopReport != nil && step.map { $0 >= r.timeline.lineCount } ?? true }
    for r in stopped { FileHandle.standardError.write(Data("\(r.profile.name): \(r.stopReport!)".utf8)) }
    if let first = stopped.first { throw ExitCode(first.exitCode) }
  }

  func run() throws {
    let (loaded, chosen) = try target.load()
    target.reportFatalErrors(while: "rendering", loaded)
    if let profiles = try comparison.profiles(for: loaded) { return try compare(loaded, profiles) }
    // The run goes on past the step shown (to its end, or
    // `Recording.lookaheadSteps` more), so the title's step count is the
    // same whatever step is shown; only the steps from a little before the
    // one shown are recorded (`Recording.lookbackSteps`): the rest are run.
    var recording = try record(loaded, chosen, from: step.map { $0 - Recording.lookbackSteps } ?? Int.max)
    // A collection whose finalizers ran lines from before that until past
    // the step: the recording woke after it, so the step is recorded whole.
    if let step, step < recording.timeline.startStep { recording = try record(loaded, chosen, from: 0) }
    // A run that ended before the step asked for has no such step (one a
    // bound stopped is shown where it stopped, with the bound's exit code).
    if let step, step > recording.timeline.lineCount, recording.timeline.isFinished, recording.stopReport == nil {
      let count = recording.timeline.lineCount
      FileHandle.standardError.write(
        Data(
          "gcviz: error: step \(step) is past the end (the run has \(count) step\(count == 1 ? "" : "s")); --end shows the end\n"
            .utf8))
      throw ExitCode(Runner.exitBadInput)
    }
    let (width, height) = Self.parseSize(size)!
    let color = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    let options = ScreenOptions(showHidden: showHidden, ascii: ascii, color: color)
    let shown = step.map { min($0, recording.timeline.lineCount) }
    var position: Int?
    if let shown, let stop {
      position = recording.timeline.position(ofStop: stop, inStep: shown)
      if position == nil {
        let count = recording.timeline.stopCount(inStep: shown)
        FileHandle.standardError.write(
          Data(
            "gcviz: error: step \(shown) has \(count) stop\(count == 1 ? "" : "s") after its start; --stop must be 0 to \(count)\n"
              .utf8))
        throw ExitCode(Runner.exitBadInput)
      }
    }
    let text = Screenshot.render(
      recording, step: shown, position: position, width: width, height: height,
      format: Screenshot.Format(rawValue: format)!, options: options)
    print(text)
    // The screen shows where a bound stopped the run; so does the exit code,
    // when the screen asked for is that end.
    var code: Int32 = 0
    if let report = recording.stopReport, step.map({ $0 >= recording.timeline.lineCount }) ?? true {
      FileHandle.standardError.write(Data(report.utf8))
      code = recording.exitCode
    }
    // The process ends here: freeing a recording entry by entry would take
    // seconds of a large one (a tenth of a 200,000-object render).
    Foundation.exit(code)
  }
}
