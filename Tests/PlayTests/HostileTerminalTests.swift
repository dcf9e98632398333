import Foundation
import Testing

/// The live screen and the picker in tmux, against what would break a
/// terminal: a crash mid-play, scenarios that fail in every way from the
/// picker, escapes in directives and names, and TERM values ncurses
/// refuses.
///
/// A crash is forced with `GCVIZ_TEST_CRASH=1`, which `gcviz play` reads
/// from its environment (never from a scenario): a trap on another thread
/// once the first frame is drawn, as a scenario that crashes the recording
/// would.
@Suite("Hostile input on a terminal", .serialized)
struct HostileTerminalTests {
  typealias Tmux = TerminalTests.Tmux
  static var gcviz: String { TerminalTests.gcviz }

  static func modes(_ tmux: Tmux) throws -> String {
    try tmux.run([
      "display", "-p", "-t", "t",
      "keypad_cursor=#{keypad_cursor_flag} keypad=#{keypad_flag} alternate=#{alternate_on} cursor=#{cursor_flag}",
    ]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func title(_ tmux: Tmux) throws -> String {
    try tmux.run(["display", "-p", "-t", "t", "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static let restored = "keypad_cursor=0 keypad=0 alternate=0 cursor=1"

  @Test("a trap during play restores the whole terminal, keypad mode too, and says what happened")
  func crashRestoresTheTerminal() throws {
    guard TerminalTests.available() else { return }
    let tmux = try Tmux()
    try tmux.start("\(Self.gcviz) play f2", width: 120, height: 40, environment: ["GCVIZ_TEST_CRASH": "1"])
    let status = tmux.waitForFile("exit")?.trimmingCharacters(in: .whitespacesAndNewlines)
    // A Swift trap is SIGILL on x86_64, SIGTRAP on arm64.
    #expect(status == "132" || status == "133")
    #expect(try Self.modes(tmux) == Self.restored)
    let after = try #require(tmux.waitForFile("stty-after"))
    #expect(after == tmux.file("stty-before"))
    let shown = try tmux.screen()
    #expect(shown.contains("Fatal error: GCVIZ_TEST_CRASH: a trap on purpose"))
    #expect(shown.contains("gcviz: internal error (signal \((Int(status ?? "") ?? 0) - 128)) while playing f2"))
    #expect(shown.contains("the terminal has been restored."))
    #expect(shown.contains("Please report it with the scenario file (see \"Reporting a problem\" in gcviz's README)."))
  }

  /// A folder of scenarios that fail in different ways, for the picker.
  static func failingLibrary(_ tmux: Tmux) throws -> String {
    let folder = tmux.directory.appendingPathComponent("scenarios")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let files: [(String, [UInt8])] = [
      ("a-syntax.py", Array("#: title: does not compile\nx = = 1\n".utf8)),
      ("b-profile.py", Array("#: title: t\u{1B}]0;PWNED\u{7}\n#: profile: nope\u{1B}]0;PWNED\u{7}\nprint(1)\n".utf8)),
      ("c-raises.py", Array("#: title: raises\nprint(1)\nx = [][1]\n".utf8)),
      ("d-utf8.py", Array("#: title: not UTF-8\nprint('".utf8) + [0xFF] + Array("')\n".utf8)),
    ]
    for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
    return folder.path
  }

  @Test("the picker survives scenarios that do not compile, name an unknown profile, are not UTF-8, or crash")
  func pickerSurvivesFailures() throws {
    guard TerminalTests.available() else { return }
    let tmux = try Tmux()
    let folder = try Self.failingLibrary(tmux)
    try tmux.start(
      Self.gcviz, width: 120, height: 40, environment: ["GCVIZ_SCENARIOS": folder, "GCVIZ_TEST_CRASH": "1"])
    _ = try tmux.waitForScreen { $0.contains("choose a scenario") }
    let title = try Self.title(tmux)

    try tmux.keys("Enter")
    var shown = try tmux.waitForScreen { $0.contains("could not be played") }
    #expect(shown.contains("a-syntax could not be played (exit 2): a-syntax.py:2:5: error: expected an expression"))

    try tmux.keys("Down", "Enter")
    shown = try tmux.waitForScreen { $0.contains("b-profile could not be played") }
    #expect(shown.contains("b-profile.py:2:13: error: unknown profile 'nope\\x1b]0;PWNED\\x07'"))

    // With GCVIZ_TEST_CRASH every play crashes once it is drawn.
    try tmux.keys("Down", "Enter")
    shown = try tmux.waitForScreen { $0.contains("gcviz crashed playing") }
    #expect(shown.contains("gcviz crashed playing c-raises (signal "))
    #expect(shown.contains("choose a scenario"))
    #expect(try Self.modes(tmux) == "keypad_cursor=1 keypad=1 alternate=1 cursor=0")

    try tmux.keys("Down", "Enter")
    shown = try tmux.waitForScreen { $0.contains("d-utf8 cannot be loaded") }
    #expect(shown.contains("d-utf8 cannot be loaded: not UTF-8 (at 2:8)"))

    #expect(try Self.title(tmux) == title)
    try tmux.keys("q")
    #expect(tmux.waitForFile("exit")?.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    #expect(try Self.modes(tmux) == Self.restored)
    // What the plays wrote to stderr is shown once the picker is gone.
    let after = try tmux.screen()
    #expect(after.contains("a-syntax.py:2:5: error: expected an expression"))
    #expect(after.contains("while playing c-raises; the terminal has been restored."))
  }

  @Test("from the picker, a scenario that raises plays to its traceback and q comes back")
  func pickerPlaysARaisingScenario() throws {
    guard TerminalTests.available() else { return }
    let tmux = try Tmux()
    let folder = try Self.failingLibrary(tmux)
    try tmux.start(Self.gcviz, width: 120, height: 40, environment: ["GCVIZ_SCENARIOS": folder])
    _ = try tmux.waitForScreen { $0.contains("choose a scenario") }
    try tmux.keys("Down", "Down", "Enter")
    _ = try tmux.waitForScreen { $0.contains("c-raises") && $0.contains("step 0/") }
    try tmux.keys("End")
    let end = try tmux.waitForScreen { $0.contains("IndexError: list index out of range") }
    #expect(end.contains("finished (exit 1)"))
    try tmux.keys("q")
    let back = try tmux.waitForScreen { $0.contains("choose a scenario") }
    #expect(back.contains("choose a scenario"))
    try tmux.keys("q")
    #expect(tmux.waitForFile("exit")?.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
  }

  @Test("escapes in a scenario's name, directives and output never reach the terminal: the pane title stays")
  func escapesStayInert() throws {
    guard TerminalTests.available() else { return }
    let tmux = try Tmux()
    let file = tmux.directory.appendingPathComponent("n\u{1B}]0;NAME\u{7}.py")
    let source =
      "#: title: t\u{1B}]0;TITLE\u{7}\n#: profile: cpython3.11\n"
      + "print('out\u{1B}]0;OUT\u{7}\u{1B}[2J\u{202E}x\u{200B}y')\nprint('done')\n"
    try source.write(to: file, atomically: true, encoding: .utf8)
    let bad = tmux.directory.appendingPathComponent("bad.py")
    try "#: profile: p\u{1B}]0;PROFILE\u{7}\u{1B}[2J\nprint(1)\n".write(to: bad, atomically: true, encoding: .utf8)
    // The bad profile first: the error is printed, then the scenario plays
    // (a script: the paths hold characters a command line would mangle).
    let script = tmux.directory.appendingPathComponent("run.sh")
    try "'\(Self.gcviz)' play '\(bad.path)'\nexec '\(Self.gcviz)' play '\(file.path)'\n".write(
      to: script, atomically: true, encoding: .utf8)
    try tmux.start("sh \(script.path)", width: 200, height: 50)
    let title = try Self.title(tmux)
    let shown = try tmux.waitForScreen { $0.contains("step 0/") }
    #expect(shown.contains("n\\x1b]0;NAME\\x07"))
    try tmux.keys("End")
    let end = try tmux.waitForScreen { $0.contains("finished (exit 0)") }
    #expect(end.contains("out\\x1b]0;OUT\\x07\\x1b[2J\\u{202e}x\\u{200b}y"))
    #expect(try Self.title(tmux) == title)
    try tmux.keys("q")
    _ = tmux.waitForFile("exit")
    let after = try tmux.screen()
    #expect(after.contains(":1:13: error: unknown profile 'p\\x1b]0;PROFILE\\x07\\x1b[2J'"))
    #expect(try Self.title(tmux) == title)
  }

  @Test("a TERM terminfo does not know, an unset TERM and dumb each get a message that names the problem")
  func terminalTypes() throws {
    guard TerminalTests.available() else { return }
    let cases: [(String, String)] = [
      (
        "TERM=unknownterm",
        "gcviz: error: the terminal type 'unknownterm' (TERM) is unknown to terminfo; try TERM=xterm-256color, or use `gcviz render` or `gcviz run`"
      ),
      ("-u TERM", "gcviz: error: TERM is not set, so the live screen cannot drive this terminal"),
      ("TERM=dumb", "gcviz: error: this terminal (TERM=dumb) cannot move the cursor"),
      ("TERM=\"$(printf 'x\\033[2J\\033]0;T\\007')\"", "the terminal type 'x\\x1b[2J\\x1b]0;T\\x07' (TERM) is unknown"),
    ]
    for (term, message) in cases {
      let tmux = try Tmux()
      let script = tmux.directory.appendingPathComponent("run.sh")
      try "exec env \(term) '\(Self.gcviz)' play f2\n".write(to: script, atomically: true, encoding: .utf8)
      try tmux.start("sh \(script.path)", width: 200, height: 30)
      #expect(tmux.waitForFile("exit")?.trimmingCharacters(in: .whitespacesAndNewlines) == "2", "\(term)")
      let shown = try tmux.screen().replacingOccurrences(of: "\n", with: "")
      #expect(shown.contains(message), "\(term): \(shown)")
    }
  }
}
