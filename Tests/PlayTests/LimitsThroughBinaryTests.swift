import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import TestSupport
import Testing

/// The run's bounds as a user meets them: through `gcviz run` and `gcviz
/// render` (their messages and exit codes), and on the live screen.
@Suite("Limits through the binary and the screen")
struct LimitsThroughBinaryTests {
  static func run(_ arguments: [String], source: String, environment: [String: String] = [:]) throws -> ProcessOutput {
    let folder = try HostileInputTests.Folder()
    let file = try folder.write("bound.py", source)
    return try HostileInputTests.run(arguments + [file], in: folder.path, environment: environment)
  }

  /// One slow step in a debug build: building a list of millions of items.
  static let slowStep = "print('before')\nx = [None] * 40000000\nprint('after')\n"

  @Test("a step past --step-timeout ends run and render with the message, exit 8", arguments: ["run", "render"])
  func stepTimeout(_ command: String) throws {
    guard HostileInputTests.available() else { return }
    let started = Date()
    let result = try Self.run([command, "--step-timeout", "0.05"], source: Self.slowStep)
    #expect(result.exitCode == 8)
    #expect(
      result.stderr
        == "gcviz: stopped: one step ran longer than 0.05 s (the time limit per step; raise it with --step-timeout SECONDS, 0 for none)\n"
    )
    #expect(Date().timeIntervalSince(started) < 30)
  }

  @Test("each bound's exit code through the binary, for run and render", arguments: ["run", "render"])
  func exitCodes(_ command: String) throws {
    guard HostileInputTests.available() else { return }
    let cases: [(String, [String], Int32)] = [
      ("while True:\n    pass\n", ["--max-steps", "500"], 3),
      ("l = []\nwhile True:\n    l.append([])\n", ["--max-objects", "3000"], 4),
      ("x = 'a' * 10000000000\n", [], 5),
      ("import sys\nsys.setrecursionlimit(100000)\ndef f():\n    f()\nf()\n", ["--max-depth", "300"], 6),
      ("while True:\n    print('x' * 100)\n", ["--max-output", "10K"], 7),
    ]
    for (source, options, code) in cases {
      let result = try Self.run([command] + options, source: source)
      #expect(result.exitCode == code, "\(options): \(result.stderr)")
      #expect(result.stderr.contains("gcviz: stopped"), "\(options): \(result.stderr)")
    }
  }

  @Test("a wrong argument is bad input: a clear message and exit 2, not the parser's 64")
  func badArguments() throws {
    guard HostileInputTests.available() else { return }
    for arguments in [["render", "f2", "--size", "0x0"], ["run", "f2", "--max-memory", "12Q"], ["bogus"], ["run"]] {
      let result = try HostileInputTests.run(arguments)
      #expect(result.exitCode == 2, "\(arguments)")
      #expect(result.stderr.hasPrefix("Error: "), "\(arguments): \(result.stderr)")
    }
  }

  @Test("a crash in run or render is one line and exit 9", arguments: ["run", "render"])
  func crash(_ command: String) throws {
    guard HostileInputTests.available() else { return }
    // Under the suite's ASan run, ASan would take the signal first.
    // `SWIFT_BACKTRACE=enable=no` (as the ASan and fuzz scripts set it)
    // turns the runtime's backtracer off, not this report.
    let result = try Self.run(
      [command], source: "print(1)\n",
      environment: [
        "GCVIZ_TEST_CRASH": "1", "ASAN_OPTIONS": "handle_sigill=0:handle_abort=0:detect_leaks=0",
        "SWIFT_BACKTRACE": "enable=no",
      ])
    #expect(result.exitCode == 9)
    #expect(
      result.stderr.contains(
        "gcviz: internal error (signal 4) while \(command == "run" ? "running" : "rendering") bound;"))
    #expect(!result.stderr.contains("Backtrac"))
  }

  @Test("a limit reached while playing ends the run on the screen with its message")
  func limitOnScreen() throws {
    let scenario = Scenario(name: "bound", path: "bound.py", source: "l = []\nwhile True:\n    l.append([])\n")
    let session = PlaySession(scenario, profile: .cpython311, limits: RunLimits(steps: 0, objects: 2000))
    session.waitForStart()
    #expect(session.recording.waitUntilComplete(seconds: 60))
    #expect(session.handle(.end) == .keepGoing)
    let screen = TextWriter.write(session.frame(width: 120, height: 40))
    // The reason, wrapped in the Output panel, and how to raise the bound.
    #expect(screen.contains("■ stopped: the scenario made more than"))
    #expect(screen.contains("2,000 live objects (the object limit;"))
    #expect(screen.contains("--max-objects N, 0 for"))
  }

  @Test("a step stuck past the time limit while playing: the screen says so, q still quits")
  func stuckOnScreen() throws {
    let scenario = Scenario(name: "slow", path: "slow.py", source: Self.slowStep)
    let session = PlaySession(scenario, profile: .cpython311, limits: RunLimits(steps: 0, stepSeconds: 0.05))
    session.waitForStart()
    let deadline = Date().addingTimeInterval(30)
    while session.recording.stuckLimit == nil && Date() < deadline { usleep(10_000) }
    #expect(session.recording.stuckLimit == .stepTime(0.05))
    let screen = TextWriter.write(session.frame(width: 120, height: 40))
    #expect(screen.contains("■ stopped: one step ran longer than 0.05"))
    #expect(screen.contains("--step-timeout"))
    #expect(session.handle(.character("n")) == .keepGoing)
    #expect(session.handle(.character("q")) == .quit)
  }
}
