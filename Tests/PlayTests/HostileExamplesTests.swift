import Foundation
import GCVizKit
import TestSupport
import Testing

/// The examples of the hostile-input issue (`hostile/EXPECTED`), through
/// the binary: each ends with its exit code, under `run` and `render`. The
/// slowest in a debug build are left to `scripts/hostile-examples.sh`,
/// which runs them all on the release binary and times them.
struct HostileExample: CustomTestStringConvertible, Sendable {
  var file: String
  var command: String
  var exitCode: Int32
  var options: [String]
  var testDescription: String { "\(command) \(file) \(options.joined(separator: " "))" }

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("hostile")

  static let all: [HostileExample] = {
    let manifest = (try? String(contentsOf: folder.appendingPathComponent("EXPECTED"), encoding: .utf8)) ?? ""
    return manifest.split(separator: "\n").flatMap { line -> [HostileExample] in
      guard !line.hasPrefix("#") else { return [] }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cells.count == 6, let run = Int32(cells[1]), let render = Int32(cells[2]) else { return [] }
      func options(_ cell: String) -> [String] { cell == "-" ? [] : cell.split(separator: " ").map(String.init) }
      var examples: [HostileExample] = []
      if cells[5] == "both" || cells[5] == "run" {
        examples.append(HostileExample(file: cells[0], command: "run", exitCode: run, options: options(cells[3])))
      }
      if cells[5] == "both" {
        examples.append(HostileExample(file: cells[0], command: "render", exitCode: render, options: options(cells[4])))
      }
      return examples
    }
  }()

  /// Under AddressSanitizer a Python call takes four times the stack, so
  /// the thread holds 8,192 of them: 10,000-deep recursion ends at the
  /// depth limit there (exit 6), as it would with `--max-depth 8192`.
  var expectedExitCode: Int32 {
    Runner.underAddressSanitizer && file == "deep_recursion_10000.py" ? 6 : exitCode
  }

  /// The generated ones the tests run.
  static func generate(_ file: String, into folder: URL) throws {
    guard file == "classes_32769.py" else { return }
    let source = (0..<32_769).map { "class C\($0): pass\n" }.joined() + "print(C32768)\n"
    try source.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
  }
}

@Suite("Hostile examples through the binary")
struct HostileExamplesTests {
  @Test("the manifest lists the examples, and each file is there")
  func manifest() throws {
    #expect(HostileExample.all.count >= 40)
    for example in HostileExample.all where example.file != "classes_32769.py" {
      #expect(FileManager.default.fileExists(atPath: HostileExample.folder.appendingPathComponent(example.file).path))
    }
  }

  @Test("each example ends with its exit code, in time", arguments: HostileExample.all)
  func example(_ example: HostileExample) throws {
    guard HostileInputTests.available() else { return }
    let folder = try HostileInputTests.Folder()
    let source = HostileExample.folder.appendingPathComponent(example.file)
    if FileManager.default.fileExists(atPath: source.path) {
      try FileManager.default.copyItem(at: source, to: folder.url.appendingPathComponent(example.file))
    }
    try HostileExample.generate(example.file, into: folder.url)
    let started = Date()
    let result = try HostileInputTests.run(
      [example.command, example.file] + example.options, in: folder.path, timeout: 120)
    #expect(result.exitCode == example.expectedExitCode, "\(result.stderr.suffix(500))")
    #expect(Date().timeIntervalSince(started) < 120)
    if example.expectedExitCode >= 3 {
      #expect(result.stderr.hasPrefix("gcviz: stopped"), "\(result.stderr.suffix(500))")
    }
  }
}
