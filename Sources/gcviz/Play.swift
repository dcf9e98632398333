import ArgumentParser
import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTerminal
import ScenarioSource

/// `gcviz play`: the live visualizer.
struct Play: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Play a scenario on the live screen: step forward and back, into collections.",
    // The keys come from the table the screen reads them with.
    discussion: "Opens paused at step 0, the first line about to run.\n\n" + KeyBinding.summary
  )

  @OptionGroup var target: ScenarioArguments

  @OptionGroup var comparison: CompareArguments

  @Option(parsing: .unconditional, help: "Steps per second while playing (0.5 to 16384).")
  var speed: Double = 4

  @Flag(help: "Start playing at once instead of paused at step 0.")
  var autoplay = false

  @Flag(
    help:
      "Before each line step that changes a count on screen, ask for the highlighted object's new rc (before a collection: which objects it frees)."
  )
  var quiz = false

  @Flag(help: "Draw with ASCII characters instead of box drawing (also when the locale is not UTF-8).")
  var ascii = false

  @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set or the terminal has none).")
  var noColor = false

  /// `--max-steps` defaults to none here: a `while True` scenario plays for ever.
  @OptionGroup var bounds: LimitOptions

  @OptionGroup var stdout: StdoutOptions

  func validate() throws {
    if !(0.5...16384).contains(speed) { throw ValidationError("--speed must be between 0.5 and 16384") }
    if try comparison.names() != nil {
      if target.profile != nil { throw ValidationError("--compare and --profile exclude each other") }
      if quiz { throw ValidationError("--quiz does not combine with --compare") }
    }
  }

  func run() throws {
    let (loaded, chosen) = try target.load()
    if let profiles = try comparison.profiles(for: loaded) { return try compare(loaded, profiles) }
    // A scenario that does not compile is reported before the screen starts.
    if let diagnostic = Runner.check(loaded, profile: chosen) {
      FileHandle.standardError.write(Data(diagnostic.rendered(file: loaded.path, source: loaded.source).utf8))
      throw ExitCode(Runner.exitBadInput)
    }
    let terminal = try LiveScreen.startTerminal()
    terminal.describeCrash(LiveScreen.crashReport("while playing \(InertText.escaping(loaded.name, keep: []))"))
    let style = LiveScreen.Style(terminal: terminal, ascii: ascii, noColor: noColor)
    let session = PlaySession(
      Play.forPlaying(loaded), profile: chosen,
      options: Play.options(style, playing: autoplay, speed: speed, quiz: quiz),
      limits: bounds.limits(defaultSteps: 0), stdoutMode: stdout.mode(default: .tty))
    let end = LiveScreen.play(session, on: terminal, crashForTesting: Self.crashForTesting)
    terminal.stop()
    try LiveScreen.finish(end)
  }

  /// `--compare`: both runs recorded (within the step bound, 1,000,000
  /// lines unless told), then the split screen.
  private func compare(_ scenario: Scenario, _ profiles: [Profile]) throws {
    let limits = bounds.limits(defaultSteps: Recording.standardLimits.steps)
    let recordings = try CompareArguments.record(
      scenario, profiles, limits: limits, stdoutMode: stdout.mode(default: .tty))
    let terminal = try LiveScreen.startTerminal()
    terminal.describeCrash(LiveScreen.crashReport("while comparing \(InertText.escaping(scenario.name, keep: []))"))
    let style = LiveScreen.Style(terminal: terminal, ascii: ascii, noColor: noColor)
    let session = CompareSession(
      recordings, options: Play.options(style, playing: autoplay, speed: speed, quiz: false))
    let end = LiveScreen.play(session, on: terminal)
    terminal.stop()
    try LiveScreen.finish(end)
  }

  /// `GCVIZ_TEST_CRASH=1`: a trap on another thread once the first frame
  /// is drawn, as a scenario that crashes the recording would, so the tests
  /// can check what a crash leaves (HostileTerminalTests). An environment
  /// variable, read only here: nothing a scenario file holds can set it.
  static var crashForTesting: Bool { ProcessInfo.processInfo.environment["GCVIZ_TEST_CRASH"] == "1" }

  static func options(_ style: LiveScreen.Style, playing: Bool, speed: Double, quiz: Bool) -> ScreenOptions {
    var options = ScreenOptions(ascii: style.ascii, color: style.color, playing: playing, speed: speed)
    if quiz { options.quiz = Quiz() }
    return options
  }

  /// A scenario's `#: steps:` bound is for headless runs; the live screen
  /// plays a `while True` loop for as long as the user watches.
  static func forPlaying(_ scenario: Scenario) -> Scenario {
    var s = scenario
    s.steps = nil
    return s
  }
}

/// The loop shared by `play` and the picker: draw, wait for a key or the
/// next frame, react; signals end it with the terminal restored.
enum LiveScreen {
  enum End {
    case quit
    case signal(Int32)
  }

  /// How the screen draws on this terminal.
  struct Style {
    var ascii: Bool
    var color: Bool
    init(terminal: CursesTerminal, ascii: Bool, noColor: Bool) {
      let noColorEnv = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
      self.ascii = ascii || !terminal.unicode
      color = !noColor && !noColorEnv && terminal.hasColors
    }
  }

  static func startTerminal() throws -> CursesTerminal {
    do {
      return try CursesTerminal()
    } catch {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      throw ExitCode(Runner.exitBadInput)
    }
  }

  /// What a crash report says after the signal: what was going on, and
  /// how to report it.
  static func crashReport(_ what: String) -> String {
    "\(what); the terminal has been restored.\n"
      + "Please report it with the scenario file (see \"Reporting a problem\" in gcviz's README)."
  }

  static func play(_ session: any LiveView, on terminal: CursesTerminal, crashForTesting: Bool = false) -> End {
    session.waitForStart(seconds: 2)
    var crash = crashForTesting
    while true {
      if let signal = terminal.takeSignal() { return .signal(signal) }
      let size = terminal.size
      terminal.draw(session.frame(width: size.width, height: size.height))
      if crash {
        crash = false
        LargeStack.spawn { fatalError("GCVIZ_TEST_CRASH: a trap on purpose") }
      }
      if let key = terminal.readKey(waitingAtMost: session.idleMilliseconds) {
        if key == .resize { terminal.invalidate() }
        if session.handle(key) == .quit { return .quit }
      }
      session.tick()
    }
  }

  /// After the screen is gone: a signal exits 128 + its number.
  static func finish(_ end: End) throws {
    if case .signal(let s) = end { throw ExitCode(128 + s) }
  }
}
