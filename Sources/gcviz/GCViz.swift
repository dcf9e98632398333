import ArgumentParser
import Foundation
import GCEngine
import GCVizKit
import PythonFrontEnd
import PythonRuntime
import ScenarioSource

@main
struct GCViz: ParsableCommand {
  /// gcviz's version, the one place it is written: `gcviz --version`.
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "gcviz",
    abstract:
      "Replays Python scenarios on a simulated CPython heap (refcounts, generations, cycle collection) and Java scenarios on a toy reference-counting JVM.",
    version: "gcviz \(version)",
    subcommands: [Play.self, Run.self, Render.self, Record.self, List.self]
  )

  static func main() {
    AddressSpace.adapt()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      // A wrong argument is bad input like a wrong scenario: exit 2, not
      // the parser's usage code (64).
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(Runner.exitBadInput)
      }
      exit(withError: error)
    }
  }

  mutating func run() throws {
    try List.checkLibrary()
    // On a terminal: the picker. Otherwise: usage and the list.
    if isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    {
      let terminal = try LiveScreen.startTerminal()
      terminal.describeCrash(LiveScreen.crashReport("in the scenario picker"))
      let end = Picker.run(on: terminal)
      terminal.stop()
      try LiveScreen.finish(end)
      return
    }
    print(GCViz.helpMessage())
    print("")
    print(List.listing())
  }
}

/// `gcviz run`: the scenario's output, exactly as the real interpreter's.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run a scenario headless and print what the real interpreter would print."
  )

  @OptionGroup var target: ScenarioArguments

  @OptionGroup var bounds: LimitOptions

  @OptionGroup var stdout: StdoutOptions

  @Option(help: "Write every heap event to this file as JSON Lines.")
  var trace: String?

  @Option(
    name: .customLong("trace-limit"), parsing: .unconditional,
    help: "The most the trace file may hold: bytes, or with K, M or G (0 = no limit).")
  var traceLimit = SizeArgument(bytes: TraceWriter.defaultLimit)

  func run() throws {
    let (loaded, chosen) = try target.load()
    target.reportFatalErrors(while: "running", loaded)
    let output = TerminalOutput(stdoutMode: stdout.mode(default: StdoutOptions.ownStdout))
    let writer = try trace.map(openTrace)
    let code = Runner.run(
      loaded, profile: chosen, output: output, limits: bounds.limits(defaultSteps: RunLimits.standard.steps),
      sink: writer, onStepTimeout: LimitOptions.exitOnStepTimeout)
    output.flush()
    if let writer { try Self.finishTrace(writer) }
    if code != 0 { throw ExitCode(code) }
  }
}

/// `gcviz list`: the built-in scenarios.
struct List: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "List the built-in scenarios.")

  /// One line per file of the library: name, profile, title, inert (they
  /// come from the files); a file that cannot be loaded says why instead.
  static func listing() -> String {
    let rows = ScenarioLibrary.entries().map { entry -> (String, String, String) in
      func inert(_ text: String) -> String { InertText.escaping(text, keep: []) }
      switch entry.scenario {
      case .success(let s): return (inert(s.name), inert(s.profileName ?? ""), inert(s.title ?? ""))
      case .failure(let error): return (inert(entry.name), "", "(cannot be loaded: \(error.brief))")
      }
    }
    let width = rows.map(\.0.count).max() ?? 0
    let profileWidth = max(11, rows.map(\.1.count).max() ?? 0)
    return rows.map { name, profile, title in
      "\(name.padding(toLength: width, withPad: " ", startingAt: 0))  "
        + "\(profile.padding(toLength: profileWidth, withPad: " ", startingAt: 0))  \(title)"
    }.joined(separator: "\n")
  }

  func run() throws {
    try List.checkLibrary()
    print(List.listing())
  }

  /// A library folder that cannot be listed is an error, not an empty list.
  static func checkLibrary() throws {
    guard let problem = ScenarioLibrary.problem else { return }
    FileHandle.standardError.write(Data("\(problem)\n".utf8))
    throw ExitCode(Runner.exitBadInput)
  }
}

/// Buffers stdout for speed, written before any stderr (the interpreter
/// has already decided when its bytes reach the descriptor); on a terminal, what a scenario
/// prints is made inert (`InertText`: controls, bidi and zero-width
/// characters escaped) so it cannot drive the terminal or hide text. On a
/// pipe the bytes stay the interpreter's.
final class TerminalOutput: OutputWriter {
  private var buffer: [UInt8] = []
  private let sanitize = isatty(STDOUT_FILENO) != 0
  private let sanitizeErrors = isatty(STDERR_FILENO) != 0
  let stdoutMode: StdoutMode
  init(stdoutMode: StdoutMode) { self.stdoutMode = stdoutMode }

  func write(_ text: String, to stream: GCEngine.OutputStream) {
    switch stream {
    case .stdout:
      buffer.append(contentsOf: (sanitize ? Self.escapeControls(text) : text).utf8)
      if buffer.count >= 1 << 16 { flush() }
    case .stderr:
      flush()
      FileHandle.standardError.write(Data((sanitizeErrors ? Self.escapeControls(text) : text).utf8))
    }
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let n = Foundation.write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
        if n <= 0 { break }
        offset += n
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  static func escapeControls(_ text: String) -> String { InertText.escaping(text) }

}
