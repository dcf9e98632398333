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

  /// Runs `scenario` under both profiles with the fuzzer's limits
  /// (Fuzz/Sources/FuzzSupport/FuzzRun.swift); any exit code will do.
  static func expectEnds(_ scenario: Scenario) {
    for profile in Profile.cpythonProfiles {
      let code = Runner.run(scenario, profile: profile, output: CapturedOutput(), maxSteps: 20_000) {
        $0.heap.objectLimit = 20_000
      }
      #expect((0...8).contains(code), "\(scenario.name) under \(profile.name): exit \(code)")
    }
  }
}

// A trap ends the whole test process, so the suite waits for the fixes.
@Suite("Fuzz regressions (Python): no crash", .disabled("enabled when the crashes in Fuzz/FINDINGS.md are fixed"))
struct PythonFuzzRegressionTests {
  @Test("runs under both profiles and ends with an exit code", arguments: PythonFuzzRegressions.files)
  func endsWithoutCrashing(_ file: String) throws {
    PythonFuzzRegressions.expectEnds(
      try ScenarioLibrary.load(PythonFuzzRegressions.folder.appendingPathComponent(file).path))
  }

  /// Too large to keep as a file (about 600 KB): the class index shifted
  /// into an Int32 instruction argument overflows at 32,769 classes.
  @Test("32,769 module-level classes")
  func manyClasses() {
    let source = (0..<32_769).map { "class C\($0):\n    pass\n" }.joined()
    PythonFuzzRegressions.expectEnds(Scenario(name: "classes_32769", path: "classes_32769.py", source: source))
  }
}
