import ArgumentParser
import Foundation
import GCEngine

/// `--stdout pipe|tty|unbuffered`: what the scenario's stdout is connected
/// to, shared by `run`, `play`, `render` and `record`.
struct StdoutOptions: ParsableArguments {
  @Option(
    name: .customLong("stdout"),
    help: ArgumentHelp(
      "What the scenario's stdout is, as the real interpreter would buffer it: pipe (block-buffered), tty (line-buffered; 3.11 can raise `reentrant call` in a __del__'s print) or unbuffered (PYTHONUNBUFFERED=1). Default: for run, whether gcviz's own stdout is a terminal; tty for the screen.",
      valueName: "pipe|tty|unbuffered"))
  var stdout: StdoutArgument?

  /// The mode asked for, else `fallback`.
  func mode(default fallback: @autoclosure () -> StdoutMode) -> StdoutMode { stdout?.mode ?? fallback() }

  /// `run`'s default: what gcviz's own stdout is.
  static var ownStdout: StdoutMode { isatty(STDOUT_FILENO) != 0 ? .tty : .pipe }
}

struct StdoutArgument: ExpressibleByArgument {
  var mode: StdoutMode
  init?(argument: String) {
    guard let mode = StdoutMode(rawValue: argument) else { return nil }
    self.mode = mode
  }
  static var allValueStrings: [String] { StdoutMode.allCases.map(\.rawValue) }
}
