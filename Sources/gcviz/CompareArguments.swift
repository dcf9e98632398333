import ArgumentParser
import Foundation
import GCEngine
import GCVizKit

/// `--compare P1,P2` of `play` and `render`: the scenario under two
/// profiles of its language, split in two.
struct CompareArguments: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Split the screen in two: the scenario under profile P1 and under P2 (both of its language, e.g. cpython2.7,cpython3.11), in lockstep by program position (the same run of the same line). Both runs are recorded first, each within --max-steps (here 1,000,000 unless given).",
      valueName: "P1,P2"))
  var compare: String?

  /// The two names, checked for form: two different known profiles.
  func names() throws -> [String]? {
    guard let compare else { return nil }
    let names = compare.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard names.count == 2, !names.contains(where: \.isEmpty) else {
      throw ValidationError("--compare takes two profiles separated by a comma, like cpython2.7,cpython3.11")
    }
    for name in names where Profile.named(name) == nil {
      throw ValidationError(
        "--compare: unknown profile '\(name)' (profiles: \(Profile.all.map(\.name).joined(separator: ", ")))")
    }
    if names[0] == names[1] { throw ValidationError("--compare needs two different profiles, not \(names[0]) twice") }
    return names
  }

  /// The two profiles for `scenario`; one of another language is
  /// reported as `--profile`'s would be, and exits 2.
  func profiles(for scenario: Scenario) throws -> [Profile]? {
    guard let names = try names() else { return nil }
    do {
      return try names.map { try Runner.profile(for: scenario, override: $0) }
    } catch let error as ScenarioError {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      throw ExitCode(Runner.exitBadInput)
    }
  }

  /// Records both runs; a scenario that does not compile under either is
  /// reported with its diagnostic and exits 2.
  static func record(
    _ scenario: Scenario, _ profiles: [Profile], limits: RunLimits, stdoutMode: StdoutMode
  ) throws -> [Recording] {
    for profile in profiles {
      if let diagnostic = Runner.check(scenario, profile: profile) {
        let rendered = diagnostic.rendered(file: scenario.path, source: scenario.source)
        FileHandle.standardError.write(
          Data((rendered + "gcviz: the scenario does not run under \(profile.name), which --compare asks for\n").utf8))
        throw ExitCode(Runner.exitBadInput)
      }
    }
    switch CompareSession.record(scenario, profiles: profiles, limits: limits, stdoutMode: stdoutMode) {
    case .success(let recordings): return recordings
    case .failure(let error):
      FileHandle.standardError.write(Data(error.message.utf8))
      throw ExitCode(Runner.exitBadInput)
    }
  }
}
