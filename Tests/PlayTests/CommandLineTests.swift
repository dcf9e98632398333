import Foundation
import TestSupport
import Testing

/// The edges of the command line, through the binary: `--version`, paths
/// and values that are not what they should be, directives a scenario
/// gets wrong, a library folder that is not there. Each is one clear
/// message and exit 2 (or 0 for `--version`).
@Suite("The command line's edges")
struct CommandLineTests {
  typealias Folder = HostileInputTests.Folder

  static func run(
    _ arguments: [String], in directory: String = "/tmp", environment: [String: String] = [:]
  ) throws -> ProcessOutput {
    try HostileInputTests.run(arguments, in: directory, environment: environment)
  }

  @Test("gcviz --version prints gcviz and its version, exit 0")
  func version() throws {
    guard HostileInputTests.available() else { return }
    let result = try Self.run(["--version"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.wholeMatch(of: /gcviz [0-9]+\.[0-9]+\.[0-9]+\n/) != nil, "\(result.stdout)")
    #expect(result.stderr.isEmpty)
  }

  @Test("a folder given as the scenario is a folder, not a missing scenario; a folder named f1 hides no built-in")
  func folderAsScenario() throws {
    guard HostileInputTests.available() else { return }
    let folder = try Folder()
    for command in ["run", "render", "play"] {
      for path in [folder.path, folder.path + "/"] {
        let result = try Self.run([command, path])
        #expect(result.exitCode == 2, "\(command) \(path)")
        #expect(result.stderr == "gcviz: error: \(path) is a directory, not a scenario file\n", "\(command)")
        #expect(result.stdout.isEmpty)
      }
    }
    try FileManager.default.createDirectory(
      at: folder.url.appendingPathComponent("f1"), withIntermediateDirectories: true)
    let builtIn = try Self.run(["run", "f1"], in: folder.path)
    #expect(builtIn.exitCode == 0, "\(builtIn.stderr)")
    #expect(builtIn.stdout.hasPrefix("object born,id:0x"))
  }

  @Test("a negative number is a value to refuse, not a missing value")
  func negativeValues() throws {
    guard HostileInputTests.available() else { return }
    let cases: [([String], String)] = [
      (["render", "f1", "--step", "-1"], "Error: --step must be 0 or more\n"),
      (["run", "f1", "--max-steps", "-1"], "Error: --max-steps must be 0 or more\n"),
      (["run", "f1", "--max-objects", "-5"], "Error: --max-objects must be 0 or more\n"),
      (["render", "f1", "--max-depth", "-1"], "Error: --max-depth must be 0 or more\n"),
      (["run", "f1", "--step-timeout", "-1"], "Error: --step-timeout must be 0 or more seconds\n"),
      (["play", "f1", "--speed", "-2"], "Error: --speed must be between 0.5 and 16384\n"),
      (["run", "f1", "--max-memory", "-1"], "Error: The value '-1' is invalid for '--max-memory <max-memory>'"),
    ]
    for (arguments, message) in cases {
      let result = try Self.run(arguments)
      #expect(result.exitCode == 2, "\(arguments)")
      #expect(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
    }
  }
}
