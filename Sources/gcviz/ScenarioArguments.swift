import ArgumentParser
import Foundation
import GCEngine
import GCVizKit
import ScenarioSource

/// The scenario and profile arguments every command that runs one takes.
struct ScenarioArguments: ParsableArguments {
  @Argument(help: "A scenario file, or the name of a built-in scenario (see `gcviz list`).")
  var scenario: String

  @Option(
    help:
      "The runtime to simulate: cpython2.7, cpython3.11, cpython3.12 or cpython3.13 for Python, jvm-rc or jvm-rc+cycles for Java (default: the scenario's `#: profile:` or `//: profile:`, else by syntax; jvm-rc for Java)."
  )
  var profile: String?

  /// A fatal signal from here on is one line and exit 9 (see
  /// `FatalErrorReport`); `GCVIZ_TEST_CRASH=1` traps on purpose for the
  /// tests, as it does in `play`.
  func reportFatalErrors(while doing: String, _ scenario: Scenario) {
    FatalErrorReport.install("while \(doing) \(InertText.escaping(scenario.name, keep: []))")
    if Play.crashForTesting { _ = LargeStack.run { fatalError("GCVIZ_TEST_CRASH: a trap on purpose") } }
  }

  /// The scenario and the profile it runs under; a missing file, a
  /// directive the file gets wrong (at its line and column, `--profile`
  /// or not) or an unknown profile is reported and exits 2.
  func load() throws -> (Scenario, Profile) {
    do {
      let loaded = try ScenarioLibrary.load(scenario)
      if let problem = loaded.directiveProblem {
        FileHandle.standardError.write(Data(problem.rendered(file: loaded.path, source: loaded.source).utf8))
        throw ExitCode(Runner.exitBadInput)
      }
      return (loaded, try Runner.profile(for: loaded, override: profile))
    } catch let error as ScenarioError {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      throw ExitCode(Runner.exitBadInput)
    }
  }
}
