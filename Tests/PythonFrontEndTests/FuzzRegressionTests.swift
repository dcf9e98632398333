import Foundation
import GCEngine
import GCVizKit
import Testing

/// Every crash the fuzzer found (Fuzz/FINDINGS.md), as a file of
/// Fuzz/regressions/python/: each must end as a run does, never trap.
enum PythonFuzzRegressions {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz/regressions/python")

  static let files: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".py") }.sorted()
}

@Suite("Fuzz regressions (Python): no crash")
struct PythonFuzzRegressionTests {
  // A trap ends the whole test process, so the suite waits for the fixes.
  @Test(
    "runs under both profiles and ends with an exit code",
    .disabled("enabled when the crashes in Fuzz/FINDINGS.md are fixed"),
    arguments: PythonFuzzRegressions.files)
  func endsWithoutCrashing(_ file: String) throws {
    let scenario = try ScenarioLibrary.load(PythonFuzzRegressions.folder.appendingPathComponent(file).path)
    for profile in Profile.cpythonProfiles {
      // The fuzzer's limits (Fuzz/Sources/FuzzSupport/FuzzRun.swift).
      let code = Runner.run(scenario, profile: profile, output: CapturedOutput(), maxSteps: 20_000) {
        $0.heap.objectLimit = 20_000
      }
      #expect((0...8).contains(code), "\(file) under \(profile.name): exit \(code)")
    }
  }
}
