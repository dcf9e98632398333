import Foundation
import GCEngine
import GCVizKit
import Testing

/// A reproducer of Fuzz/FINDINGS.md (Fuzz/regressions/) with the exit code
/// it must end with under each profile of its language (regressions/EXPECTED).
struct FuzzRegression: CustomTestStringConvertible, Sendable {
  var file: String
  var exitCodes: [String: Int32]
  var testDescription: String { file }

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz/regressions")

  static func profiles(of file: String) -> [Profile] {
    file.hasSuffix(".java") ? Profile.jvmProfiles : Profile.cpythonProfiles
  }

  static let manifest: [FuzzRegression] = {
    let text = (try? String(contentsOf: folder.appendingPathComponent("EXPECTED"), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#") else { return nil }
      let cells = line.split(separator: " ").map(String.init)
      let names = profiles(of: cells[0]).map(\.name)
      let codes = cells.dropFirst().compactMap { Int32($0) }
      guard codes.count == names.count else { return nil }
      return FuzzRegression(file: cells[0], exitCodes: Dictionary(uniqueKeysWithValues: zip(names, codes)))
    }
  }()

  /// Every reproducer on disk, as `python/x.py` or `java/X.java`.
  static let files: [String] = ["python", "java"].flatMap { language in
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(language).path)) ?? [])
      .filter { $0.hasSuffix(".py") || $0.hasSuffix(".java") }.map { "\(language)/\($0)" }
  }.sorted()
}

@Suite("Fuzz regressions: each reproducer ends with its exit code")
struct FuzzRegressionTests {
  @Test("the manifest lists every reproducer, each once")
  func manifestComplete() {
    #expect(FuzzRegression.files.count >= 36)
    #expect(FuzzRegression.manifest.map(\.file).sorted() == FuzzRegression.files)
  }

  @Test("runs in-process under RunLimits.fuzzing (as the fuzz targets do)", arguments: FuzzRegression.manifest)
  func endsWithItsExitCode(_ regression: FuzzRegression) throws {
    let scenario = try ScenarioLibrary.load(FuzzRegression.folder.appendingPathComponent(regression.file).path)
    for profile in FuzzRegression.profiles(of: regression.file) {
      let output = CapturedOutput()
      let code = Runner.run(scenario, profile: profile, output: output, limits: .fuzzing)
      #expect(
        code == regression.exitCodes[profile.name], "\(regression.file) under \(profile.name):\n\(output.stderr)")
    }
  }
}
