import Foundation
import FoundationXML
import ScenarioSource
import TestSupport
import Testing

/// The gcviz binary fed what an attacker would write into a scenario file,
/// its name or a command line: nothing reaches a terminal raw, files are
/// written as a shell's `>` writes them, and no command hangs under a low
/// `ulimit -v`.
@Suite("Hostile input through the binary")
struct HostileInputTests {
  /// A folder of scenario files, removed at the end.
  final class Folder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gcviz-hostile-\(UUID().uuidString)")
    var path: String { url.path }
    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
      let file = url.appendingPathComponent(name)
      try Data(bytes).write(to: file)
      return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
  }

  static var gcviz: String { TerminalTests.gcviz }

  static func available() -> Bool {
    if FileManager.default.isExecutableFile(atPath: gcviz) { return true }
    if ChildProcess.oraclesRequired { Issue.record("the gcviz binary is missing at \(gcviz)") }
    return false
  }

  static func run(
    _ arguments: [String], in directory: String = "/tmp", environment: [String: String] = [:], timeout: Double = 120
  ) throws -> ProcessOutput {
    let env = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    return try ChildProcess.run(gcviz, arguments, in: directory, environment: env, timeout: timeout)
  }

  /// Whether `text` holds anything that could drive a terminal or hide
  /// text (newlines aside).
  static func isInert(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0 == "\n" || !InertText.mustEscape($0) }
  }

  static let evilProfile = "#: profile: \u{1B}]0;PWNED\u{7}\u{1B}[2J\u{202E}\n#: title: T\u{1B}[31m\u{200B}\nprint(1)\n"
  static let evilText =
    "#: profile: cpython3.11\n#: title: title \u{1B}]0;PWNED\u{7} \u{202E}rev\n#: about: about \u{9B}31m \u{2066}x\u{2069}\n"
    + "s = '\u{1B}]0;PWNED\u{7}\u{202E}\u{200B}'\nprint('out \u{1B}[2J\u{202E}abc\u{200B}\u{FEFF}')\n"

  @Test("an unknown profile that holds escapes is echoed inert by run, render and play")
  func unknownProfileIsInert() throws {
    guard Self.available() else { return }
    let folder = try Folder()
    let file = try folder.write("evil.py", Self.evilProfile)
    // play reports it before it looks for a terminal (tmux: HostileTerminalTests).
    for command in ["run", "render", "play"] {
      let result = try Self.run([command, file])
      #expect(result.exitCode == 2, "\(command)")
      #expect(result.stderr.contains("unknown profile '\\x1b]0;PWNED\\x07\\x1b[2J\\u{202e}'"), "\(command)")
      #expect(Self.isInert(result.stderr + result.stdout), "\(command): \(result.stderr)")
    }
  }

  @Test("gcviz list shows names, profiles and titles inert, and marks a file that is not UTF-8")
  func listIsInert() throws {
    guard Self.available() else { return }
    let folder = try Folder()
    try folder.write("evil.py", Self.evilProfile)
    try folder.write("text.py", Self.evilText)
    try folder.write("name\u{1B}]0;x\u{7}.py", "print(1)\n")
    try folder.write("broken.py", Array("print('".utf8) + [0xFF] + Array("')\n".utf8))
    let result = try Self.run(["list"], environment: ["GCVIZ_SCENARIOS": folder.path])
    #expect(result.exitCode == 0)
    #expect(Self.isInert(result.stdout), "\(result.stdout)")
    #expect(result.stdout.contains("\\x1b]0;PWNED\\x07\\x1b[2J\\u{202e}"))
    #expect(result.stdout.contains("title \\x1b]0;PWNED\\x07 \\u{202e}rev"))
    #expect(result.stdout.contains("name\\x1b]0;x\\x07"))
    #expect(result.stdout.contains("broken") && result.stdout.contains("not UTF-8 (at 1:8)"))
  }

  @Test("render's text, ANSI and SVG screens show a scenario's text inert; the SVG is well-formed")
  func renderFormatsAreInert() throws {
    guard Self.available() else { return }
    let folder = try Folder()
    let file = try folder.write("text\u{202E}.py", Self.evilText)
    for format in ["text", "ansi", "svg"] {
      let result = try Self.run(["render", file, "--format", format, "--size", "160x40"])
      #expect(result.exitCode == 0, "\(format): \(result.stderr)")
      // ANSI's own colour sequences are the only escapes: ESC [ digits ; m.
      let withoutColours = result.stdout.replacing(/\x1B\[[0-9;]*m/, with: "")
      #expect(Self.isInert(withoutColours), "\(format)")
      #expect(result.stdout.contains("out \\x1b[2J\\u{202e}abc\\u{200b}\\u{feff}"), "\(format)")
      #expect(result.stdout.contains("text\\u{202e}"), "\(format): the title bar's name")
      if format == "svg" {
        let parser = XMLParser(data: Data(result.stdout.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
      }
    }
  }

  @Test("run shows bidi, zero-width and escape characters inert on a terminal, raw on a pipe")
  func runOnATerminal() throws {
    guard Self.available(), FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
    let folder = try Folder()
    let file = try folder.write(
      "out.py", "print('a\u{1B}]0;PWNED\u{7}b\u{202E}c\u{200B}d\u{2066}e')\nx = [][1]  # \u{202E}\n")
    // script(1) gives gcviz a terminal for stdout and stderr.
    let command = "\(Self.gcviz) run '\(file)'; echo \"exit $?\""
    let onTerminal = try ChildProcess.run(
      "/usr/bin/script", ["-qec", command, "/dev/null"], in: "/tmp", environment: ProcessInfo.processInfo.environment,
      timeout: 120)
    let shown = onTerminal.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    #expect(Self.isInert(shown), "\(shown)")
    #expect(shown.contains("a\\x1b]0;PWNED\\x07b\\u{202e}c\\u{200b}d\\u{2066}e"))
    #expect(shown.contains("IndexError") && shown.contains("# \\u{202e}") && shown.contains("exit 1"))
    // On a pipe the bytes are the interpreter's (the differential corpus
    // case inert_text_output compares them with CPython's).
    let piped = try Self.run(["run", file])
    #expect(piped.stdout == "a\u{1B}]0;PWNED\u{7}b\u{202E}c\u{200B}d\u{2066}e\n")
    #expect(piped.stderr.contains("# \u{202E}"))
  }

  @Test("a file that is not UTF-8 is an error at its byte in run, render and play, exit 2")
  func invalidUTF8() throws {
    guard Self.available() else { return }
    let folder = try Folder()
    let file = try folder.write("bad.py", Array("x = 1\ns = 'ab".utf8) + [0xC3, 0x28] + Array("'\nprint(s)\n".utf8))
    for command in ["run", "render", "play"] {
      let result = try Self.run([command, file])
      #expect(result.exitCode == 2, "\(command)")
      #expect(
        result.stderr.hasPrefix(
          "\(file):2:8: error: invalid UTF-8 (byte 0xc3): a scenario file must be UTF-8 text (byte strings are not supported by the simulator)\ns = 'ab\u{FFFD}('\n       ^\n"
        ), "\(command): \(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
  }
}
