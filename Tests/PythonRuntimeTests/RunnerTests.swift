import Foundation
import GCEngine
import GCVizKit
import PythonFrontEnd
import PythonRuntime
import Testing

/// The headless runner's contract: output, exit codes, limits, errors, and
/// a deterministic event stream.
@Suite("Headless runner")
struct RunnerTests {
  func scenario(_ source: String, name: String = "t.py") -> Scenario {
    Scenario(name: "t", path: name, source: source)
  }

  @Test("a syntax error is file:line:col, the line and a caret, exit 2")
  func syntaxError() {
    let result = Runner.capture(scenario("x = 1\ny = (2 +\n"), profile: .cpython311)
    #expect(result.exitCode == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("t.py:2:"))
    #expect(result.stderr.contains(": error: "))
    #expect(result.stderr.hasSuffix("^\n"))
  }

  @Test("an unsupported import is rejected before the run, exit 2")
  func unsupportedImport() {
    let result = Runner.capture(scenario("print('no')\nimport os\n"), profile: .cpython311)
    #expect(result.exitCode == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "t.py:2:8: error: module 'os' is not supported by the simulator (only gc, sys, time and weakref)\nimport os\n       ^\n"
    )
  }

  @Test("a Python 2 print statement under cpython3.11 is a clear error")
  func python2UnderPython3() {
    let result = Runner.capture(scenario("print 'hi'\n"), profile: .cpython311)
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains("Python 2 print statement under profile cpython3.11"))
  }

  @Test("a runaway loop stops at the step limit with exit 3")
  func stepLimit() {
    let result = Runner.capture(
      scenario("while True:\n    pass\n"), profile: .cpython311, limits: RunLimits(steps: 1000))
    #expect(result.exitCode == 3)
    #expect(
      result.stderr == "gcviz: stopped after 1,000 steps (the step limit; raise it with --max-steps N, 0 for none)\n")
  }

  @Test("#: steps: N ends a while True scenario normally after N line steps")
  func scenarioStepBound() {
    let source = "#: steps: 8\nimport sys\nn = 0\nwhile True:\n    n += 1\n    print(n)\n"
    let result = Runner.capture(scenario(source), profile: .cpython311)
    #expect(result.exitCode == 0)
    #expect(result.stdout == "1\n2\n")
    #expect(result.stderr.isEmpty)
  }

  @Test("an object bomb stops at the object limit with exit 4")
  func objectLimit() {
    let result = Runner.capture(
      scenario("l = []\nwhile True:\n    l.append([])\n"), profile: .cpython311, limits: RunLimits(objects: 20_000))
    #expect(result.exitCode == 4)
    #expect(result.stderr.hasPrefix("gcviz: stopped: the scenario made more than 20,000 live objects"))
  }

  @Test("deep recursion raises the version's recursion error, exit 1", arguments: Profile.cpythonProfiles.map(\.name))
  func recursion(profileName: String) throws {
    guard let profile = Profile.named(profileName) else {
      Issue.record("unknown profile \(profileName)")
      return
    }
    let result = Runner.capture(scenario("def f(n):\n    return f(n + 1)\nf(0)\n"), profile: profile)
    #expect(result.exitCode == 1)
    let last = result.stderr.split(separator: "\n").last.map(String.init)
    #expect(
      last == (profileName == "cpython2.7" ? "RuntimeError" : "RecursionError") + ": maximum recursion depth exceeded")
  }

  @Test("f3 under 2.7 prints the seed's output and four uncollectable lines")
  func seedF3() throws {
    let result = Runner.capture(try ScenarioLibrary.load("f3"), profile: .cpython27)
    #expect(result.exitCode == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.contains("[]"))
    #expect(lines.contains("4"))
    let uncollectable = result.stderr.split(separator: "\n").filter { $0.hasPrefix("gc: uncollectable <") }
    #expect(uncollectable.count == 4)
    #expect(uncollectable.filter { $0.contains("ClassA instance at 0x") }.count == 2)
    #expect(uncollectable.filter { $0.hasPrefix("gc: uncollectable <dict 0x") }.count == 2)
  }

  @Test("f1 prints one address forever", arguments: ["f1", "f1-py3"])
  func seedF1(name: String) throws {
    let loaded = try ScenarioLibrary.load(name)
    let result = Runner.capture(loaded, profile: try Runner.profile(for: loaded, override: nil))
    let addresses = Set(result.stdout.matches(of: /0x[0-9a-f]+/).map { String($0.output) })
    #expect(result.exitCode == 0)
    #expect(addresses.count == 1)
  }

  @Test("two runs of a scenario give identical event streams")
  func deterministicEvents() throws {
    let loaded = try ScenarioLibrary.load("f2")
    func events() -> [HeapEvent] {
      let log = EventLog()
      _ = Runner.run(loaded, profile: .cpython27, output: CapturedOutput(), sink: log)
      return log.events
    }
    let first = events()
    #expect(first.count > 1000)
    #expect(first == events())
    #expect(first.contains { if case .phase(.moveUnreachable) = $0 { true } else { false } })
    #expect(first.contains { if case .addedToGarbage = $0 { true } else { false } })
  }

  @Test("printed escape sequences reach a terminal inert")
  func escapesAreInert() {
    let result = Runner.capture(scenario("print('\\x1b[2J\\x1b]0;owned\\x07 ok \\u00e9')\n"), profile: .cpython311)
    #expect(result.stdout == "\u{1b}[2J\u{1b}]0;owned\u{07} ok \u{e9}\n")
    #expect(InertText.escaping(result.stdout) == "\\x1b[2J\\x1b]0;owned\\x07 ok \u{e9}\n")
  }

  @Test("--trace writes one JSON object per event, in order")
  func traceFile() throws {
    let path = NSTemporaryDirectory() + "gcviz-trace-\(UInt32.random(in: 0...UInt32.max)).jsonl"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let source = "class A(object):\n    pass\na = A()\na.me = a\ndel a\nimport gc\nprint(gc.collect())\n"
    do {
      let writer = try TraceWriter(path: path)
      let result = Runner.run(scenario(source), profile: .cpython311, output: CapturedOutput(), sink: writer)
      #expect(result == 0)
      writer.flush()
    }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let lines = text.split(separator: "\n")
    #expect(lines.count > 20)
    for (i, line) in lines.enumerated() {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["i"] as? Int == i)
      #expect(object?["event"] is String)
      #expect(object?["line"] is Int)
    }
    #expect(text.contains("\"event\":\"phase\",\"phase\":\"move_unreachable\""))
    // Stdout as it reaches the descriptor: the line whole, at exit on a pipe.
    #expect(text.contains("\"event\":\"output\",\"stream\":\"stdout\",\"text\":\"1\\n\""))
  }
}

/// Every scenario and corpus file under every profile, including the one it
/// was not written for: whatever happens is a Python error or a clear
/// diagnostic, never a crash or a hang.
@Suite("Any file under any profile")
struct CrossProfileTests {
  @Test("exits with 0, 1, 2 or 3", arguments: Profile.all.map(\.name))
  func everyFileEndsCleanly(profileName: String) throws {
    guard let profile = Profile.named(profileName) else {
      Issue.record("unknown profile \(profileName)")
      return
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    var ran = 0
    for folder in ["scenarios", "Tests/DifferentialTests/corpus"] {
      let dir = root.appendingPathComponent(folder).path
      let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".py") }
      for file in files.sorted() {
        let result = Runner.capture(
          try ScenarioLibrary.load(dir + "/" + file), profile: profile, limits: RunLimits(steps: 1_000_000))
        #expect([0, 1, 2, 3].contains(result.exitCode), "\(file): exit \(result.exitCode)")
        if result.exitCode == 2 { #expect(result.stderr.contains(": error: "), "\(file): \(result.stderr)") }
        ran += 1
      }
    }
    #expect(ran > 100)
  }
}
