import Foundation
import GCEngine
import GCVizKit
import PythonFrontEnd
import PythonRuntime
import Testing

/// The run's bounds (`RunLimits`): each stops a runaway scenario early,
/// with its own message and exit code, before the host pays for it.
@Suite("Limits")
struct LimitTests {
  func run(_ source: String, _ profile: Profile = .cpython311, limits: RunLimits = .standard) -> RunResult {
    Runner.capture(Scenario(name: "t", path: "t.py", source: source), profile: profile, limits: limits)
  }

  func runJava(_ source: String, limits: RunLimits = .standard) -> RunResult {
    Runner.capture(Scenario(name: "Main", path: "Main.java", source: source), profile: .jvmRC, limits: limits)
  }

  @Test("a repeat past the memory limit stops before it is built, exit 5", arguments: Profile.cpythonProfiles)
  func repeatPastMemory(_ profile: Profile) {
    for source in ["x = 'a' * 10000000000\n", "x = [None] * 1000000000\n", "x = ('a',) * 1000000000\n"] {
      let result = run(source, profile)
      #expect(result.exitCode == 5, "\(source)")
      #expect(
        result.stderr
          == "gcviz: stopped: the simulated heap would pass 512 MiB (the memory limit; raise it with --max-memory SIZE, 0 for none)\n"
      )
    }
  }

  @Test(
    "a loop on one line steps at each turn (a jump back is a line event): the step limit stops it",
    arguments: Profile.cpythonProfiles)
  func oneLineLoop(_ profile: Profile) {
    for source in ["i = 0\nwhile i < 4:    keep = []\n", "while True: pass\n", "x = 1\nwhile x: x = 1\n"] {
      let result = run(source, profile, limits: RunLimits(steps: 500, stepSeconds: 0))
      #expect(result.exitCode == 3, "\(source)")
      #expect(result.stderr.hasPrefix("gcviz: stopped after 500 steps"), "\(source): \(result.stderr)")
    }
  }

  @Test("a dict that grows for ever stops at the memory limit: its entries count", arguments: Profile.cpythonProfiles)
  func dictGrowth(_ profile: Profile) {
    let result = run(
      "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n", profile, limits: RunLimits(memory: 1 << 20))
    #expect(result.exitCode == 5)
    #expect(result.stderr.hasPrefix("gcviz: stopped: the simulated heap would pass 1 MiB"))
  }

  @Test(
    "what doubles in a loop stops at the memory limit before it is built",
    arguments: [
      "s = 'ab'\nwhile True:\n    s = s + s\n", "l = [1]\nwhile True:\n    l = l + l\n",
      "l = [1]\nwhile True:\n    l.extend(l)\n", "l = [1]\nwhile True:\n    l += l\n",
      "l = [1]\nwhile True:\n    l = l * 2\n", "s = 'ab'\nwhile True:\n    s = s.join([s, s])\n",
      "s = 'ab'\nwhile True:\n    s = s.replace('a', s)\n",
    ])
  func doubling(_ source: String) {
    let result = run(source, limits: RunLimits(memory: 1 << 24))
    #expect(result.exitCode == 5, "\(result.stderr)")
  }

  @Test("string literals the simulator has no type for are refused at their position")
  func literals() {
    let bytes = run("x = 1\nprint(b'x')\n")
    #expect(bytes.exitCode == 2)
    #expect(bytes.stderr.hasPrefix("t.py:2:7: error: bytes literals (b'...') are not supported by the simulator"))
    let unicode = run("print u'x'\n", .cpython27)
    #expect(unicode.exitCode == 2)
    #expect(unicode.stderr.hasPrefix("t.py:1:7: error: unicode literals (u'...') are not supported"))
    #expect(run("print(b'x')\n", .cpython27).stdout == "x\n")
    #expect(run("print(u'x')\n").stdout == "x\n")
  }

  @Test("repr of a list of many references to one big str counts toward the memory limit")
  func reprGrowth() {
    let result = run("s = 'x' * 100000\nl = [s] * 1000\nt = repr(l)\n", limits: RunLimits(memory: 1 << 24))
    #expect(result.exitCode == 5)
  }

  @Test("output past the limit is cut there and the run stops, exit 7")
  func output() {
    let result = run("while True:\n    print('x' * 99)\n", limits: RunLimits(output: 10_000))
    #expect(result.exitCode == 7)
    #expect(result.stdout.utf8.count == 10_000)
    #expect(
      result.stderr
        == "gcviz: stopped: the scenario wrote more than 10,000 bytes (the output limit; raise it with --max-output SIZE, 0 for none)\n"
    )
  }

  @Test("output is cut between characters, never inside one")
  func outputCharacters() {
    let result = run("while True:\n    print('é' * 10)\n", limits: RunLimits(output: 100))
    #expect(result.exitCode == 7)
    #expect(result.stdout.utf8.count <= 100 && result.stdout.utf8.count >= 99)
    #expect(!result.stdout.contains("\u{FFFD}"))
  }

  @Test("a scenario that raises its recursion limit stops at the depth limit, exit 6")
  func depth() {
    let source = "import sys\nsys.setrecursionlimit(1000000)\ndef f(n):\n    return f(n + 1)\nf(0)\n"
    let result = run(source, limits: RunLimits(depth: 500))
    #expect(result.exitCode == 6)
    #expect(
      result.stderr
        == "gcviz: stopped: the call stack passed 500 frames (the depth limit; raise it with --max-depth N, 0 for none)\n"
    )
  }

  @Test("what the thread's stack holds bounds calls, repr and comparisons even with no depth limit")
  func stackBound() {
    let make =
      "import sys\nsys.setrecursionlimit(1000000)\ndef make(n):\n    x = []\n    for i in range(n):\n        x = [x]\n    return x\n"
    for tail in [
      "def f(n):\n    return f(n + 1)\nf(0)\n", "s = repr(make(5000))\n", "print(make(5000) == make(5000))\n",
    ] {
      let output = CapturedOutput()
      let code = Runner.run(
        Scenario(name: "t", path: "t.py", source: make + tail), profile: .cpython311, output: output,
        limits: RunLimits(depth: 0)
      ) { ($0 as? Interpreter)?.nativeDepthBound = 300 }
      #expect(code == 6, "\(tail)")
      #expect(output.stderr.hasPrefix("gcviz: stopped: the call stack passed 300 frames"), "\(tail)")
    }
  }

  @Test("Python's own recursion limit still comes first", arguments: Profile.cpythonProfiles)
  func recursionErrorFirst(_ profile: Profile) {
    let result = run("def f(n):\n    return f(n + 1)\nf(0)\n", profile)
    #expect(result.exitCode == 1)
    #expect(result.stderr.hasSuffix("maximum recursion depth exceeded\n"))
  }

  // A debug build's 1 GiB stack holds 26,214 calls, ASan's 6,553
  // (Runner.stackBytesPerFrame).
  @Test(
    "a traceback 24,000 frames deep is complete (no depth limit)",
    .disabled(if: Runner.underAddressSanitizer, "ASan's frames: the stack holds fewer calls"))
  func deepTraceback() {
    let source =
      "import sys\nsys.setrecursionlimit(50000)\ndef f(n):\n    if n == 0:\n        return None.x\n    f(n - 1)\nf(24000)\n"
    let result = run(source, .cpython27, limits: RunLimits(depth: 0))
    #expect(result.exitCode == 1)
    let lines = result.stderr.split(separator: "\n")
    // Header, the module's two lines, 24,001 frames of f with two lines each, the error.
    #expect(lines.count == 1 + 2 + 2 * 24_001 + 1)
    #expect(lines.last == "AttributeError: 'NoneType' object has no attribute 'x'")
  }

  @Test("the step limit stops a loop, exit 3; #: steps: lowers it and ends normally")
  func steps() {
    let loop = "while True:\n    pass\n"
    #expect(run(loop, limits: RunLimits(steps: 100)).exitCode == 3)
    let bounded = run("#: steps: 50\n" + loop, limits: RunLimits(steps: 1000))
    #expect(bounded.exitCode == 0 && bounded.stderr.isEmpty)
    // The file cannot lift the command line's bound.
    let lifted = run("#: steps: 5000\n" + loop, limits: RunLimits(steps: 100))
    #expect(lifted.exitCode == 3)
    #expect(lifted.stderr.hasPrefix("gcviz: stopped after 100 steps"))
  }

  @Test("#: steps: 0 (or junk) is refused at the value, not taken as no limit", arguments: ["0", "-3", "lots", ""])
  func stepsDirective(_ value: String) {
    let result = run("#: steps: \(value)\nwhile True:\n    pass\n")
    #expect(result.exitCode == 2)
    #expect(result.stderr.hasPrefix("t.py:1:11: error: '#: steps:' takes a positive number"))
    let java = runJava(
      "//: steps: \(value)\npublic class Main { public static void main(String[] a) { while (true) {} } }\n")
    #expect(java.exitCode == 2)
  }

  @Test("the object limit, exit 4", arguments: Profile.cpythonProfiles)
  func objects(_ profile: Profile) {
    let result = run("l = []\nwhile True:\n    l.append([])\n", profile, limits: RunLimits(objects: 5000))
    #expect(result.exitCode == 4)
  }

  @Test("32,769 classes in one module compile and run")
  func manyClasses() {
    let source = (0..<32_769).map { "class C\($0): pass\n" }.joined() + "print(C32768)\n"
    let result = run(source)
    #expect(result.exitCode == 0)
    #expect(result.stdout == "<class '__main__.C32768'>\n")
  }

  @Test("Java: an array too big for the memory limit stops before it is made, exit 5")
  func javaArray() {
    let result = runJava(
      """
      public class Main {
          static class Node { Node next; }
          public static void main(String[] args) {
              Node[] all = new Node[2147483647];
              System.out.println(all.length);
          }
      }
      """)
    #expect(result.exitCode == 5)
    #expect(result.stderr.hasPrefix("gcviz: stopped: the simulated heap would pass 512 MiB"))
  }

  @Test("Java: a new array per iteration stops at the memory limit")
  func javaArrays() {
    let result = runJava(
      """
      public class Main {
          static class Node { Node[] keep; }
          public static void main(String[] args) {
              Node head = new Node();
              while (true) {
                  Node n = new Node();
                  n.keep = new Node[100000];
                  n.keep[0] = head;
                  head = n;
              }
          }
      }
      """, limits: RunLimits(memory: 64 << 20))
    #expect(result.exitCode == 5)
  }

  @Test("Java: printing past the output limit, exit 7; recursion past the depth limit, exit 6")
  func javaOutputAndDepth() {
    let printing = runJava(
      """
      public class Main {
          public static void main(String[] args) {
              while (true) { System.out.println("0123456789"); }
          }
      }
      """, limits: RunLimits(output: 1000))
    #expect(printing.exitCode == 7)
    #expect(printing.stdout.utf8.count == 1000)
    let deep = runJava(
      """
      public class Main {
          static int f(int n) { return f(n + 1); }
          public static void main(String[] args) { f(0); }
      }
      """, limits: RunLimits(depth: 300))
    #expect(deep.exitCode == 6)
  }

  @Test("the README's table of limits says the defaults and exit codes the code has")
  func readmeTable() throws {
    let readme = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
    let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| ") }.map {
      $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }
    func row(_ option: String) -> [String] { rows.first { $0.count > 1 && $0[1].hasPrefix("`\(option)") } ?? [] }
    let standard = RunLimits.standard
    let expected: [(String, String, LimitReached)] = [
      ("--max-steps", grouped(standard.steps), .steps(0)),
      ("--max-objects", grouped(standard.objects), .objects(0)),
      ("--max-memory", ByteSize.format(standard.memory), .memory(0)),
      ("--max-depth", grouped(standard.depth), .depth(0)),
      ("--max-output", ByteSize.format(standard.output), .output(0)),
      ("--step-timeout", String(Int(standard.stepSeconds)), .stepTime(0)),
    ]
    for (option, value, limit) in expected {
      let cells = row(option)
      #expect(cells.count == 4, "\(option): \(cells)")
      guard cells.count == 4 else { continue }
      #expect(cells[2].hasPrefix(value), "\(option): the README says \(cells[2]), the default is \(value)")
      #expect(cells[3] == String(limit.exitCode), "\(option)")
    }
  }

  /// `100,000,000`, whatever the locale.
  func grouped(_ n: Int) -> String {
    var digits = Array(String(n))
    var i = digits.count - 3
    while i > 0 {
      digits.insert(",", at: i)
      i -= 3
    }
    return String(digits)
  }

  @Test("limits parse and print as the command line writes them")
  func byteSizes() {
    #expect(ByteSize.parse("1G") == 1 << 30)
    #expect(ByteSize.parse("64m") == 64 << 20)
    #expect(ByteSize.parse("512K") == 512 << 10)
    #expect(ByteSize.parse("1000") == 1000)
    #expect(ByteSize.parse("0") == 0)
    #expect(ByteSize.parse("2KiB") == 2048)
    #expect(ByteSize.parse("1T") == 1 << 40)
    for bad in ["", "G", "-1", "1.5G", "1X", "99999999999999999999", "9999999999999G"] {
      #expect(ByteSize.parse(bad) == nil, "\(bad)")
    }
    #expect(ByteSize.format(1 << 30) == "1 GiB")
    #expect(ByteSize.format(10_000) == "10,000 bytes")
    #expect(ByteSize.format(1_500_000) == "1,500,000 bytes")
  }
}
