import Foundation
import GCVizScreen
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

  /// The step count in a render's title bar (`step 46/46`).
  static func titleSteps(_ screen: String) -> (shown: Int, total: Int)? {
    guard let match = screen.firstMatch(of: /step ([0-9]+)\/([0-9]+)/) else { return nil }
    return (Int(match.1)!, Int(match.2)!)
  }

  @Test("render --step past the end of a finished run is refused with the run's step count; --end shows the end")
  func stepPastTheEnd() throws {
    guard HostileInputTests.available() else { return }
    let end = try Self.run(["render", "f1", "--end"])
    #expect(end.exitCode == 0, "\(end.stderr)")
    let total = try #require(Self.titleSteps(end.stdout)).total
    #expect(Self.titleSteps(end.stdout)?.shown == total)

    let last = try Self.run(["render", "f1", "--step", "\(total)"])
    #expect(last.exitCode == 0, "\(last.stderr)")
    #expect(last.stdout == end.stdout)

    for step in [total + 1, 99999, Int.max] {
      let past = try Self.run(["render", "f1", "--step", "\(step)"])
      #expect(past.exitCode == 2, "\(step)")
      #expect(past.stdout.isEmpty)
      #expect(
        past.stderr == "gcviz: error: step \(step) is past the end (the run has \(total) steps); --end shows the end\n")
    }
    // A run that raises has an end too: its traceback's step.
    let folder = try Folder()
    let raises = try folder.write("raises.py", "print(1)\nx = [][1]\n")
    let past = try Self.run(["render", raises, "--step", "3"])
    #expect(past.exitCode == 2)
    #expect(past.stderr == "gcviz: error: step 3 is past the end (the run has 2 steps); --end shows the end\n")
    // A run a bound stopped is shown where it stopped, with the bound's exit code, as before.
    let endless = try folder.write("endless.py", "while True:\n    pass\n")
    let stopped = try Self.run(["render", endless, "--step", "2000", "--max-steps", "100"])
    #expect(stopped.exitCode == 3, "\(stopped.stderr)")
    #expect(stopped.stderr.contains("gcviz: stopped after 100 steps"))
  }

  @Test("render refuses a size below the screen's minimum; the minimum itself draws")
  func sizeBelowTheMinimum() throws {
    guard HostileInputTests.available() else { return }
    let (width, height) = (Screen.minimumWidth, Screen.minimumHeight)
    for size in ["10x5", "\(width - 1)x\(height)", "\(width)x\(height - 1)"] {
      let result = try Self.run(["render", "f1", "--step", "0", "--size", size])
      #expect(result.exitCode == 2, "\(size)")
      #expect(result.stdout.isEmpty, "\(size)")
      #expect(
        result.stderr.hasPrefix(
          "Error: --size \(size) is too small: the screen needs at least \(width)x\(height)\n"),
        "\(size): \(result.stderr)")
    }
    let smallest = try Self.run(["render", "f1", "--step", "0", "--size", "\(width)x\(height)"])
    #expect(smallest.exitCode == 0, "\(smallest.stderr)")
    #expect(smallest.stdout.contains("gcviz · f1") && !smallest.stdout.contains("too small"))
  }

  @Test("an unknown profile in a scenario's header is an error at its line and column, --profile or not")
  func unknownProfileInTheHeader() throws {
    guard HostileInputTests.available() else { return }
    let folder = try Folder()
    let file = try folder.write("p.py", "#: title: t\n#: profile: cpython3\nprint(1)\n")
    let report =
      "\(file):2:13: error: unknown profile 'cpython3' (known: cpython2.7, cpython3.11, cpython3.12, cpython3.13)\n#: profile: cpython3\n            ^\n"
    for arguments in [["run", file], ["render", file], ["play", file], ["run", file, "--profile", "cpython3.11"]] {
      let result = try Self.run(arguments)
      #expect(result.exitCode == 2, "\(arguments)")
      #expect(result.stderr == report, "\(arguments): \(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
    // In a list, at the name that is wrong; a profile of the other language too.
    let list = try folder.write("l.py", "#: profiles: cpython2.7,  cpython3\nprint(1)\n")
    #expect(try Self.run(["run", list]).stderr.hasPrefix("\(list):1:27: error: unknown profile 'cpython3'"))
    let java = try folder.write("j.py", "#: profile: jvm-rc\nprint(1)\n")
    #expect(
      try Self.run(["run", java]).stderr
        == "\(java):1:13: error: profile 'jvm-rc' does not run Python scenarios (its profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13)\n#: profile: jvm-rc\n            ^\n"
    )
    let empty = try folder.write("e.py", "#: profile:\nprint(1)\n")
    #expect(
      try Self.run(["run", empty]).stderr.hasPrefix(
        "\(empty):1:12: error: '#: profile:' takes a profile name (known: cpython2.7, cpython3.11, cpython3.12, cpython3.13)\n"
      ))
  }

  @Test("an unknown #: or //: directive is an error naming the known ones; #: prose is a comment")
  func unknownDirective() throws {
    guard HostileInputTests.available() else { return }
    let folder = try Folder()
    let file = try folder.write("d.py", "#: title: t\n  #:  profle: cpython2.7\nprint(1)\n")
    for command in ["run", "render", "play"] {
      let result = try Self.run([command, file])
      #expect(result.exitCode == 2, "\(command)")
      #expect(
        result.stderr
          == "\(file):2:7: error: unknown directive '#: profle:' (known: title, about, profile, profiles, steps)\n  #:  profle: cpython2.7\n      ^\n",
        "\(command): \(result.stderr)")
    }
    let java = try folder.write(
      "Main.java", "//: profle: jvm-rc\npublic class Main { public static void main(String[] args) { } }\n")
    let javaRun = try Self.run(["run", java])
    #expect(javaRun.exitCode == 2)
    #expect(javaRun.stderr.hasPrefix("\(java):1:5: error: unknown directive '//: profle:' (known: title, about"))
    let prose = try folder.write("prose.py", "#: title: t\n#: a note, not a directive: fine\nprint(1)\n")
    let proseRun = try Self.run(["run", prose])
    #expect(proseRun.exitCode == 0, "\(proseRun.stderr)")
    #expect(proseRun.stdout == "1\n")
  }

  @Test("GCVIZ_SCENARIOS naming no folder is an error in list, bare gcviz and run, not an empty list")
  func missingLibraryFolder() throws {
    guard HostileInputTests.available() else { return }
    let folder = try Folder()
    let missing = folder.path + "/nonexistent"
    let file = try folder.write("file.py", "print(1)\n")
    for (path, reason) in [(missing, "does not exist"), (file, "is not a folder")] {
      for arguments in [["list"], [], ["run", "f1"]] {
        let result = try Self.run(arguments, environment: ["GCVIZ_SCENARIOS": path])
        #expect(result.exitCode == 2, "\(arguments)")
        #expect(result.stderr == "gcviz: error: the scenario folder \(path) (GCVIZ_SCENARIOS) \(reason)\n")
        #expect(result.stdout.isEmpty, "\(arguments)")
      }
    }
    // A scenario given by its path does not need the library.
    let byPath = try Self.run(["run", file], environment: ["GCVIZ_SCENARIOS": missing])
    #expect(byPath.exitCode == 0 && byPath.stdout == "1\n")
  }
}
