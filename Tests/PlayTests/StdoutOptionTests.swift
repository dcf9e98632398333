import Foundation
import TestSupport
import Testing

/// `--stdout pipe|tty|unbuffered` through the binary: its values, its
/// defaults (run: gcviz's own stdout; the screen: tty) and the title bar.
@Suite("--stdout through the binary")
struct StdoutOptionTests {
  typealias Folder = HostileInputTests.Folder

  /// Tests/DifferentialTests/stdout/reentrant_print.py: 3.11 on a terminal
  /// raises `reentrant call` in both finalizers' print.
  static let reentrant = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("DifferentialTests/stdout/reentrant_print.py").path
  static let reentrantLine = "RuntimeError: reentrant call inside <_io.BufferedWriter name='<stdout>'>\n"

  @Test("a value that is not pipe, tty or unbuffered is refused with the three, exit 2, by every command")
  func badValue() throws {
    guard HostileInputTests.available() else { return }
    for command in ["run", "play", "render", "record"] {
      var arguments = [command, "f1", "--stdout", "file"]
      if command == "record" { arguments += ["-o", "/tmp/gcviz-stdout-never.cast"] }
      let result = try HostileInputTests.run(arguments)
      #expect(result.exitCode == 2, "\(command): \(result.stderr)")
      #expect(
        result.stderr.hasPrefix(
          "Error: The value 'file' is invalid for '--stdout <pipe|tty|unbuffered>'. Please provide one of 'pipe', 'tty' or 'unbuffered'."
        ), "\(command): \(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
  }

  @Test("every command's help documents --stdout")
  func help() throws {
    guard HostileInputTests.available() else { return }
    for command in ["run", "play", "render", "record"] {
      let result = try HostileInputTests.run(["help", command])
      #expect(result.stdout.contains("--stdout <pipe|tty|unbuffered>"), "\(command)")
      #expect(result.stdout.contains("PYTHONUNBUFFERED=1"), "\(command)")
    }
  }

  @Test("run: tty raises reentrant call under 3.11, pipe and unbuffered do not; the default follows gcviz's stdout")
  func runModes() throws {
    guard HostileInputTests.available() else { return }
    let file = Self.reentrant
    let tty = try HostileInputTests.run(["run", file, "--profile", "cpython3.11", "--stdout", "tty"])
    #expect(tty.exitCode == 0)
    #expect(tty.stdout == "made\ndone\n")
    #expect(tty.stderr.components(separatedBy: Self.reentrantLine).count == 3, "\(tty.stderr)")
    for mode in ["pipe", "unbuffered"] {
      let result = try HostileInputTests.run(["run", file, "--profile", "cpython3.11", "--stdout", mode])
      #expect(result.stdout == "made\ndone\ndel 1\ndel 2\n", "\(mode)")
      #expect(result.stderr.isEmpty, "\(mode)")
    }
    // The tests' pipe: pipe, as without --stdout.
    let piped = try HostileInputTests.run(["run", file, "--profile", "cpython3.11"])
    #expect(piped.stdout == "made\ndone\ndel 1\ndel 2\n")
    // gcviz's stdout a terminal: tty.
    let env = ProcessInfo.processInfo.environment
    let onTerminal = try ChildProcess.run(
      HostileInputTests.gcviz, ["run", file, "--profile", "cpython3.11"], in: "/tmp", environment: env,
      stdoutOnTerminal: true)
    #expect(onTerminal.stdout == "made\ndone\n")
    #expect(onTerminal.stderr.components(separatedBy: Self.reentrantLine).count == 3)
  }

  @Test("a pipe holds stdout until it flushes, so a traceback comes first where both streams meet")
  func pipeOrdersAfterStderr() throws {
    guard HostileInputTests.available() else { return }
    let folder = try Folder()
    let file = try folder.write("late.py", "print('before')\nraise ValueError('x')\n")
    for (mode, first) in [("pipe", "Traceback"), ("tty", "before"), ("unbuffered", "before")] {
      let result = try HostileInputTests.run(["run", file, "--stdout", mode, "--trace", folder.path + "/t.jsonl"])
      #expect(result.exitCode == 1)
      // The trace's output events are in the order the bytes left.
      let trace = try String(contentsOfFile: folder.path + "/t.jsonl", encoding: .utf8)
      let outputs = trace.split(separator: "\n").filter { $0.contains("\"output\"") }
      #expect(outputs.first?.contains(first) == true, "\(mode): \(outputs)")
    }
  }

  @Test("the title bar says what stdout is: tty unless told; nothing for Java")
  func titleBar() throws {
    guard HostileInputTests.available() else { return }
    for (arguments, shown) in [
      (["render", "f2-py3", "--size", "160x40"], "stdout: tty"),
      (["render", "f2-py3", "--size", "160x40", "--stdout", "pipe"], "stdout: pipe"),
      (["render", "f2", "--size", "160x40", "--stdout", "unbuffered"], "stdout: unbuffered"),
    ] {
      let result = try HostileInputTests.run(arguments)
      let title = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
      #expect(title.contains(" · \(shown) · "), "\(arguments): \(title)")
    }
    let java = try HostileInputTests.run(["render", "NodeCycle", "--size", "160x40"])
    #expect(!(java.stdout.split(separator: "\n").first ?? "").contains("stdout"))
  }
}
