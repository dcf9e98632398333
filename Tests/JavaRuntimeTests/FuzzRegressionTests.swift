import Foundation
import GCEngine
import GCVizKit
import Testing

/// Every crash the fuzzer found in the Java front end or the toy JVM
/// (Fuzz/FINDINGS.md), as a file of Fuzz/regressions/java/ named after its
/// public class: each must end as a run does, never trap.
enum JavaFuzzRegressions {
  static let folder = JavaFiles.repository.appendingPathComponent("Fuzz/regressions/java")

  static let files: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".java") }
    .sorted()
}

// A trap ends the whole test process, so the suite waits for the fixes.
@Suite("Fuzz regressions (Java): no crash", .disabled("enabled when the crashes in Fuzz/FINDINGS.md are fixed"))
struct JavaFuzzRegressionTests {
  @Test("runs under both profiles and ends with an exit code", arguments: JavaFuzzRegressions.files)
  func endsWithoutCrashing(_ file: String) throws {
    let scenario = try ScenarioLibrary.load(JavaFuzzRegressions.folder.appendingPathComponent(file).path)
    for profile in Profile.jvmProfiles {
      // The fuzzer's limits (Fuzz/Sources/FuzzSupport/FuzzRun.swift).
      let code = Runner.run(scenario, profile: profile, output: CapturedOutput(), maxSteps: 20_000) {
        $0.heap.objectLimit = 20_000
      }
      #expect((0...8).contains(code), "\(file) under \(profile.name): exit \(code)")
    }
  }
}
