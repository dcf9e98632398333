import Foundation
import GCEngine
import GCVizKit
import PythonFrontEnd
import PythonRuntime
import Testing

/// Every scenario and corpus case, run with the heap's invariants checked
/// between line steps: refcounts equal the references held, the generation
/// lists partition the tracked objects, counters are sane.
struct InvariantCase: CustomTestStringConvertible, Sendable {
  var path: String
  var profile: String
  var testDescription: String { "\(URL(fileURLWithPath: path).lastPathComponent) [\(profile)]" }

  static let all: [InvariantCase] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    var cases: [InvariantCase] = []
    for folder in ["scenarios", "Tests/DifferentialTests/corpus"] {
      let dir = root.appendingPathComponent(folder).path
      let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".py") }
      for file in files.sorted() {
        let source = (try? String(contentsOfFile: dir + "/" + file, encoding: .utf8)) ?? ""
        // Each profile the header names (`#: profiles: cpython2.7, cpython3.11`);
        // without one, every Python profile for a corpus case and the 3.x ones for a scenario.
        var profiles =
          folder == "scenarios"
          ? ["cpython3.11", "cpython3.12", "cpython3.13"] : ["cpython2.7", "cpython3.11", "cpython3.12", "cpython3.13"]
        for line in source.split(separator: "\n").prefix(12) {
          for key in ["#: profiles:", "#: profile:"] where line.hasPrefix(key) {
            profiles = line.dropFirst(key.count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
          }
        }
        cases += profiles.map { InvariantCase(path: dir + "/" + file, profile: $0) }
      }
    }
    return cases
  }()
}

@Suite("Heap invariants while scenarios run")
struct InvariantTests {
  @Test("refcounts equal held references; lists and counters consistent", arguments: InvariantCase.all)
  func invariantsHold(_ c: InvariantCase) throws {
    let scenario = try ScenarioLibrary.load(c.path)
    guard let profile = Profile.named(c.profile) else {
      Issue.record("unknown profile \(c.profile)")
      return
    }
    final class Findings: @unchecked Sendable {
      var problems: [String] = []
      var checks = 0
    }
    let findings = Findings()
    _ = Runner.run(scenario, profile: profile, output: CapturedOutput(), limits: RunLimits(steps: 2_000_000)) {
      program in
      guard let interpreter = program as? Interpreter else { return }
      interpreter.onStep = { i in
        // Every step early on, then a sample: checks are linear in the heap.
        guard findings.problems.isEmpty, i.steps < 1500 || i.steps % 1000 == 0 else { return }
        findings.checks += 1
        let problems = i.invariantProblems()
        if !problems.isEmpty {
          findings.problems = ["step \(i.steps) line \(i.currentLocation.line): "] + problems.prefix(5)
        }
      }
    }
    #expect(findings.checks > 0)
    #expect(findings.problems.isEmpty, "\(findings.problems.joined(separator: "\n"))")
  }
}
