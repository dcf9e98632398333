import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import JavaRuntime
import Testing

/// `gcviz run` for Java: profiles, diagnostics, limits, and the library.
@Suite("Running Java scenarios")
struct JavaRunnerTests {
  func scenario(_ source: String, name: String = "Main") -> Scenario {
    Scenario(name: name, path: "\(name).java", source: source)
  }

  @Test("Java scenarios default to jvm-rc; //: profile: and --profile choose")
  func profiles() throws {
    let plain = scenario("public class Main { public static void main(String[] args) { } }")
    #expect(try Runner.profile(for: plain, override: nil).name == "jvm-rc")
    #expect(try Runner.profile(for: plain, override: "jvm-rc+cycles").name == "jvm-rc+cycles")
    let directed = scenario(
      "//: profile: jvm-rc+cycles\n//: title: T\npublic class Main { public static void main(String[] args) { } }")
    #expect(directed.title == "T")
    #expect(try Runner.profile(for: directed, override: nil).name == "jvm-rc+cycles")
    #expect(Profile.named("jvm-rc")?.family == .toyJVM)
  }

  @Test("a profile of the other language is a clear error, exit 2")
  func wrongLanguage() throws {
    let java = scenario("public class Main { public static void main(String[] args) { } }")
    #expect(throws: ScenarioError.self) { try Runner.profile(for: java, override: "cpython3.11") }
    let run = Runner.capture(java, profile: .cpython311)
    #expect(run.exitCode == 2)
    #expect(
      run.stderr
        == "gcviz: error: profile 'cpython3.11' does not run Java scenarios like Main.java (its profiles: jvm-rc, jvm-rc+cycles)\n"
    )
    let python = Scenario(name: "p", path: "p.py", source: "x = 1\n")
    #expect(throws: ScenarioError.self) { try Runner.profile(for: python, override: "jvm-rc") }
    let pythonRun = Runner.capture(python, profile: .jvmRCCycles)
    #expect(pythonRun.exitCode == 2)
    #expect(pythonRun.stderr.hasPrefix("gcviz: error: profile 'jvm-rc+cycles' does not run Python scenarios like p.py"))
  }

  @Test("a compile error is file:line:col with a caret, exit 2")
  func diagnostics() {
    let run = Runner.capture(
      scenario("public class Main {\n    public static void main(String[] args) {\n        int x = true;\n    }\n}\n"),
      profile: .jvmRC)
    #expect(run.exitCode == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.hasPrefix("Main.java:3:17: error: "))
    #expect(run.stderr.hasSuffix("        int x = true;\n                ^\n"))
  }

  @Test("while (true) stops at the step limit with Python's message, exit 3, no leak report")
  func stepLimit() {
    let run = Runner.capture(
      scenario(
        """
        public class Main {
            public static void main(String[] args) {
                Main m = new Main();
                int i = 0;
                while (true) { i++; }
            }
        }
        """), profile: .jvmRC, limits: RunLimits(steps: 1000))
    #expect(run.exitCode == 3)
    #expect(
      run.stderr == "gcviz: stopped after 1,000 steps (the step limit; raise it with --max-steps N, 0 for none)\n")
  }

  @Test("a step is a source line; a jump back to the same line is a new one")
  func steps() throws {
    let source = """
      public class Main {
          public static void main(String[] args) {
              int s = 0;
              for (int i = 0; i < 5; i++) s += i;
              System.out.println(s);
          }
      }
      """
    let m = try machine(source)
    var lines: [Int] = []
    m.onStep = { lines.append($0.frames.last!.line) }
    try m.run()
    // Line 4 once on entry and once per jump back (five rounds).
    #expect(lines == [3, 4, 4, 4, 4, 4, 4, 5, 6])
    #expect(m.steps == 9)
    // A call starts a step in the callee; the caller's line goes on without one.
    let calls = try machine(
      """
      public class Main {
          static int one() {
              return 1;
          }
          public static void main(String[] args) {
              int x = one() + one();
              System.out.println(x);
          }
      }
      """)
    var callLines: [Int] = []
    calls.onStep = { callLines.append($0.frames.last!.line) }
    try calls.run()
    #expect(callLines == [6, 3, 3, 7, 8])
  }

  @Test("a scenario's //: steps: N ends the run there, normally, with the leak report")
  func scenarioBound() {
    let run = Runner.capture(
      scenario(
        """
        //: steps: 20
        public class Main {
            Main self;
            public static void main(String[] args) {
                Main m = new Main();
                m.self = m;
                m = null;
                while (true) {
                    System.out.println("round");
                }
            }
        }
        """), profile: .jvmRC)
    #expect(run.exitCode == 0)
    #expect(run.stdout.hasPrefix("round\n"))
    #expect(run.stderr == "  Main #1 rc=1  self -> Main #1\ngcviz: 1 object leaked\n")
  }

  @Test("unbounded recursion is a StackOverflowError, exit 1; the frames' objects are released")
  func stackOverflow() {
    let run = Runner.capture(
      scenario(
        """
        public class Main {
            Main next;
            static void down(Main m) {
                Main n = new Main();
                n.next = m;
                down(n);
            }
            public static void main(String[] args) {
                down(null);
            }
        }
        """), profile: .jvmRC)
    #expect(run.exitCode == 1)
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.first == "Exception in thread \"main\" java.lang.StackOverflowError")
    // Like java, the innermost 1024 frames (which call overflows first differs).
    #expect(lines.filter { $0.hasPrefix("\tat Main.down(Main.java:") }.count == 1024)
    #expect(lines.last == "gcviz: no objects leaked")
  }

  @Test("the object limit stops an allocation bomb")
  func objectLimit() throws {
    let m = try machine(
      """
      public class Main {
          Main next;
          public static void main(String[] args) {
              Main head = null;
              while (true) {
                  Main n = new Main();
                  n.next = head;
                  head = n;
              }
          }
      }
      """)
    m.heap.setLimits(objects: 1000, memory: 0)
    #expect(throws: JavaRunError.limit(.objects(1000))) { try m.run() }
  }

  @Test("the library lists Java scenarios after the Python ones and loads them by name")
  func library() throws {
    let names = ScenarioLibrary.names
    #expect(names.contains("NodeCycle") && names.contains("f1"))
    #expect(names.firstIndex(of: "f1")! < names.firstIndex(of: "NodeCycle")!)
    let nodeCycle = try ScenarioLibrary.load("NodeCycle")
    #expect(nodeCycle.language == .java)
    #expect(nodeCycle.title?.hasPrefix("NodeCycle - ") == true)
    #expect(nodeCycle.profileName == "jvm-rc")
    let run = Runner.capture(nodeCycle, profile: try Runner.profile(for: nodeCycle, override: nil))
    #expect(run.stdout == "A and B point at each other\nA = null; B = null: both nodes are unreachable\n")
  }

  @Test("a Java scenario records for the screen: the leak report ends its output, the JVM's frames and code are there")
  func recordsForTheScreen() throws {
    let nodeCycle = try ScenarioLibrary.load("NodeCycle")
    let recording = try Recording.record(nodeCycle, profile: .jvmRC).get()
    let end = recording.timeline.latest
    #expect(end.ending == .finished(exitCode: 0))
    #expect(end.output.suffix(3).map(\.text) == LeakReportTests.cycle.split(separator: "\n").map(String.init))
    #expect(end.objects.values.map(\.refcount).sorted() == [1, 1])
    let context = Screenshot.context(for: recording)
    #expect(context.isJVM && context.bytecode?.map(\.name) == ["Node.<init>", "NodeCycle.<init>", "NodeCycle.main"])
    #expect(context.captions[10] == "new: count 1, then astore_1 stores it in A")
  }
}

/// The gcviz binary itself (built with the tests) on Java scenarios.
@Suite("gcviz on Java scenarios")
struct JavaCommandLineTests {
  static var gcviz: String {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
      .appendingPathComponent("gcviz").path
  }

  static func available() -> Bool {
    if FileManager.default.isExecutableFile(atPath: gcviz) { return true }
    if JDK.required {
      Issue.record("the gcviz binary is missing at \(gcviz)")
    } else {
      print("SKIPPED: the gcviz binary is missing at \(gcviz)")
    }
    return false
  }

  @Test("run prints the output, then the leak report; exit 0")
  func run() throws {
    guard Self.available() else { return }
    let result = try JDK.run(Self.gcviz, ["run", "NodeCycle"], in: "/tmp")
    #expect(result.exitCode == 0)
    #expect(result.stdout == "A and B point at each other\nA = null; B = null: both nodes are unreachable\n")
    #expect(result.stderr == LeakReportTests.cycle)
    let cycles = try JDK.run(Self.gcviz, ["run", "NodeCycle", "--profile", "jvm-rc+cycles"], in: "/tmp")
    #expect(cycles.stderr == "gcviz: no objects leaked\n")
  }

  @Test("render draws a Java scenario (bytecode, frames, counts); a bad one and a wrong profile are exit 2")
  func renderAndProfiles() throws {
    guard Self.available() else { return }
    let result = try JDK.run(Self.gcviz, ["render", "NodeCycle", "--end", "--size", "100x32"], in: "/tmp")
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Node #1 rc=1") && result.stdout.contains("gcviz: 2 objects leaked"))
    let bad = "/tmp/gcviz-bad-\(getpid()).java"
    try "public class Bad { public static void main(String[] a) { int x = null; } }\n".write(
      toFile: bad, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: bad) }
    for command in [["play", bad], ["render", bad, "--step", "1"]] {
      let failed = try JDK.run(Self.gcviz, command, in: "/tmp")
      #expect(failed.exitCode == 2, "\(command)")
      #expect(failed.stderr.hasPrefix("\(bad):1:"), "\(command): \(failed.stderr)")
    }
    let wrong = try JDK.run(Self.gcviz, ["run", "f1", "--profile", "jvm-rc"], in: "/tmp")
    #expect(wrong.exitCode == 2)
    #expect(wrong.stderr.hasPrefix("gcviz: error: profile 'jvm-rc' does not run Python scenarios"))
  }

  @Test("a built-in scenario is named with or without its extension: gcviz run NodeCycle.java")
  func fileNames() throws {
    guard Self.available() else { return }
    let result = try JDK.run(Self.gcviz, ["run", "NodeCycle.java"], in: "/tmp")
    #expect(result.exitCode == 0)
    #expect(result.stderr == LeakReportTests.cycle)
    let python = try JDK.run(Self.gcviz, ["run", "f1.py", "--max-steps", "50"], in: "/tmp")
    #expect(python.stdout.hasPrefix("object born,id:0x"))
    let missing = try JDK.run(Self.gcviz, ["run", "NoSuch.java"], in: "/tmp")
    #expect(
      missing.exitCode == 2 && missing.stderr.contains("no scenario file or built-in scenario named 'NoSuch.java'"))
  }

  @Test("list shows the Java scenarios with their profile and title")
  func list() throws {
    guard Self.available() else { return }
    let lines = try JDK.run(Self.gcviz, ["list"], in: "/tmp").stdout.split(separator: "\n")
    let line = try #require(lines.first { $0.hasPrefix("NodeCycleCollected ") })
    #expect(line.contains(" jvm-rc+cycles "))
    #expect(line.hasSuffix("NodeCycleCollected - the A <-> B cycle freed by a cycle collector at System.gc()"))
    #expect(lines.first?.hasPrefix("cascade ") == true)
  }
}
