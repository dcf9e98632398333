import Foundation
import GCEngine
import GCVizKit
import Testing

/// `gcviz play` in a real terminal: tmux on a private socket runs it, keys
/// are sent, and what tmux shows is compared with `gcviz render` at the
/// same step and size, cell for cell. Also: resizing redraws, and after
/// q, Ctrl-C and SIGTERM the terminal modes are what they were.
@Suite("The live screen in tmux", .serialized)
struct TerminalTests {
  /// The gcviz binary `swift test` built next to the test bundle.
  static var gcviz: String {
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return exe.deletingLastPathComponent().appendingPathComponent("gcviz").path
  }

  /// Whether tmux and the binary are here; a loud skip otherwise, and a
  /// failure where CI requires every tool.
  static func available() -> Bool {
    let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    let binary = FileManager.default.isExecutableFile(atPath: gcviz)
    if tmux && binary { return true }
    let why = !tmux ? "tmux is not installed" : "the gcviz binary is missing at \(gcviz)"
    if ProcessInfo.processInfo.environment["GCVIZ_REQUIRE_ORACLES"] == "1" {
      Issue.record("end-to-end tests cannot run: \(why)")
    } else {
      print("⚠️  SKIPPED: end-to-end terminal tests: \(why)")
    }
    return false
  }

  /// A tmux server of its own, killed at the end of the test.
  final class Tmux {
    let socket = "gcviz-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    let directory: URL

    init() throws {
      directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
      _ = try? run(["kill-server"])
      try? FileManager.default.removeItem(at: directory)
      // kill-server leaves its socket file behind.
      let socketFolder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
      try? FileManager.default.removeItem(atPath: "\(socketFolder)/tmux-\(getuid())/\(socket)")
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
      try TerminalTests.capture(["tmux", "-L", socket, "-f", "/dev/null"] + arguments).stdout
    }

    /// Starts `command` in a `width`x`height` window. The shell around it
    /// saves `stty -a` before and after, and the exit status.
    func start(_ command: String, width: Int, height: Int, environment: [String: String] = [:]) throws {
      let env = (["LANG": "C.UTF-8", "TERM": "tmux-256color"].merging(environment) { $1 })
        .map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
      let dir = directory.path
      let script = """
        stty -a > \(dir)/stty-before; \
        sh -c 'echo $$ > \(dir)/pid; exec env \(env) \(command)'; \
        echo $? > \(dir)/exit; stty -a > \(dir)/stty-after; sleep 600
        """
      try run(["new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)", script])
    }

    func screen() throws -> String { try run(["capture-pane", "-p", "-t", "t"]) }

    func keys(_ keys: String...) throws { try run(["send-keys", "-t", "t"] + keys) }

    func file(_ name: String) -> String? {
      try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// Waits until what the pane shows satisfies `condition`; returns the
    /// last screen seen (the caller checks it).
    func waitForScreen(seconds: Double = 20, until condition: (String) -> Bool) throws -> String {
      let deadline = Date(timeIntervalSinceNow: seconds)
      var shown = try screen()
      while !condition(shown), Date() < deadline {
        usleep(50_000)
        shown = try screen()
      }
      return shown
    }

    /// Expects the pane to come to show `gcviz render` with `arguments`;
    /// returns what it shows (trailing blanks aside).
    @discardableResult
    func expectRender(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
      let expected = TerminalTests.trimmed(try TerminalTests.render(arguments))
      let shown = TerminalTests.trimmed(try waitForScreen { TerminalTests.trimmed($0) == expected })
      #expect(shown == expected, sourceLocation: sourceLocation)
      return shown
    }

    func waitForFile(_ name: String, seconds: Double = 20) -> String? {
      let deadline = Date(timeIntervalSinceNow: seconds)
      while Date() < deadline {
        if let text = file(name), !text.isEmpty { return text }
        usleep(50_000)
      }
      return nil
    }
  }

  static func trimmed(_ screen: String) -> String {
    var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      String(line.reversed().drop { $0 == " " }.reversed())
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  /// Runs a command to its end; its stdout, and its exit status.
  ///
  /// posix_spawn, not Foundation's Process: Process learns that a child
  /// ended when a descriptor the child inherited closes, and the tmux
  /// server that `new-session` leaves running keeps it open for ever. The
  /// child also gets an empty signal mask (a test thread may block all
  /// signals, and tmux would pass that on to gcviz).
  static func capture(_ arguments: [String]) throws -> (stdout: String, status: Int32) {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("gcviz-capture-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigfillset(&defaults)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    // tmux reads the panes' text as UTF-8 only under a UTF-8 locale.
    environment["LANG"] = "C.UTF-8"
    environment["LC_ALL"] = nil
    let argv = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for p in argv { free(p) }
      for p in envp { free(p) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw CocoaError(.executableLoad) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let data = (try? Data(contentsOf: file)) ?? Data()
    let exited = status & 0x7f == 0
    return (String(decoding: data, as: UTF8.self), exited ? (status >> 8) & 0xff : 128 + (status & 0x7f))
  }

  static func render(_ arguments: [String]) throws -> String {
    try capture([gcviz, "render"] + arguments).stdout
  }

  @Test("what the terminal shows equals gcviz render, step by step")
  func screenEqualsRender() throws {
    guard Self.available() else { return }
    let tmux = try Tmux()
    try tmux.start("\(Self.gcviz) play f2", width: 120, height: 40)
    try tmux.expectRender("f2", "--step", "0", "--size", "120x40")

    for _ in 0..<10 { try tmux.keys("Right") }
    try tmux.expectRender("f2", "--step", "10", "--size", "120x40")

    try tmux.keys("Left", "Left", "Right")
    try tmux.expectRender("f2", "--step", "9", "--size", "120x40")

    try tmux.keys("End")
    try tmux.expectRender("f2", "--end", "--size", "120x40")

    try tmux.keys("Home")
    try tmux.expectRender("f2", "--step", "0", "--size", "120x40")
  }

  @Test("g, n, o, b and : move as a debugger does; each screen is gcviz render's of its step")
  func debuggerMoves() throws {
    guard Self.available() else { return }
    let tmux = try Tmux()
    try tmux.start("\(Self.gcviz) play f3-py3", width: 120, height: 40)
    try tmux.expectRender("f3-py3", "--step", "0", "--size", "120x40")
    // The prompt shows in the key bar while typed.
    try tmux.keys("g", "1", "0")
    let prompt = try tmux.waitForScreen { $0.contains("go to step: 10") }
    #expect(prompt.contains("go to step: 10"))
    try tmux.keys("Enter")
    try tmux.expectRender("f3-py3", "--step", "10", "--size", "120x40")
    // Over __init__ (step 11), out of f3 to module level, back over f3().
    try tmux.keys("n")
    try tmux.expectRender("f3-py3", "--step", "12", "--size", "120x40")
    try tmux.keys("o")
    try tmux.expectRender("f3-py3", "--step", "24", "--size", "120x40")
    try tmux.keys("b")
    try tmux.expectRender("f3-py3", "--step", "9", "--size", "120x40")
    // The next run of line 13: the first __del__, at step 20.
    try tmux.keys(":", "1", "3", "Enter")
    try tmux.expectRender("f3-py3", "--step", "20", "--size", "120x40")
    try tmux.keys("q")
  }

  @Test("play --quiz asks in the key bar, takes the typed answer, reveals it, then moves on")
  func quiz() throws {
    guard Self.available() else { return }
    let tmux = try Tmux()
    try tmux.start("\(Self.gcviz) play f3-py3 --quiz", width: 120, height: 40)
    _ = try tmux.waitForScreen { $0.contains("step 0/28") }
    try tmux.keys("g", "1", "4", "Enter", "Right")
    let asked = try tmux.waitForScreen { $0.contains("quiz · line 19: rc of ClassA #") }
    #expect(asked.contains("quiz · line 19: rc of ClassA #") && asked.contains("step 14/28"))
    try tmux.keys("2", "Enter")
    let revealed = try tmux.waitForScreen { $0.contains("quiz · right:") }
    #expect(revealed.contains("has rc=2 · score 1/1 · Enter goes on"))
    try tmux.keys("Enter")
    let moved = try tmux.waitForScreen { $0.contains("step 15/28") }
    #expect(moved.contains("step 15/28") && moved.contains("quiz 1/1"))
    try tmux.keys("q")
  }

  @Test("a Java scenario plays as it renders: line steps, instruction steps, the collection, the end")
  func javaScreenEqualsRender() throws {
    guard Self.available() else { return }
    let tmux = try Tmux()
    try tmux.start("\(Self.gcviz) play NodeCycleCollected", width: 120, height: 40)
    try tmux.expectRender("NodeCycleCollected", "--step", "0", "--size", "120x40")
    for _ in 0..<4 { try tmux.keys("Right") }
    try tmux.expectRender("NodeCycleCollected", "--step", "4", "--size", "120x40")
    // `s` stops inside the line (an event, or the next instruction): the
    // same line step, another screen; `b` goes back to the line's start.
    let atLine = Self.trimmed(try Self.render(["NodeCycleCollected", "--step", "4", "--size", "120x40"]))
    try tmux.keys("s")
    let stepped = Self.trimmed(try tmux.waitForScreen { Self.trimmed($0) != atLine })
    #expect(stepped != atLine && stepped.contains("step 4/12"))
    try tmux.keys("b")
    try tmux.expectRender("NodeCycleCollected", "--step", "4", "--size", "120x40")
    // `p` switches to jvm-rc at the same step: the same screen under the other profile.
    try tmux.keys("p")
    try tmux.expectRender("NodeCycleCollected", "--step", "4", "--size", "120x40", "--profile", "jvm-rc")
    try tmux.keys("End")
    let end = try tmux.expectRender("NodeCycleCollected", "--end", "--size", "120x40", "--profile", "jvm-rc")
    #expect(end.contains("gcviz: 2 objects leaked"))
    try tmux.keys("q")
  }

  @Test("a resize redraws at once, also down to 'too small' and back")
  func resize() throws {
    guard Self.available() else { return }
    let tmux = try Tmux()
    try tmux.start("\(Self.gcviz) play f3-py3", width: 120, height: 40)
    try tmux.expectRender("f3-py3", "--step", "0", "--size", "120x40")
    for _ in 0..<5 { try tmux.keys("Right") }

    try tmux.run(["resize-window", "-t", "t", "-x", "80", "-y", "24"])
    try tmux.expectRender("f3-py3", "--step", "5", "--size", "80x24")

    // `render` refuses a size below the minimum, so the screen at 70x20
    // is compared with the library's render of it.
    try tmux.run(["resize-window", "-t", "t", "-x", "70", "-y", "20"])
    let recording = try Recording.record(ScenarioLibrary.load("f3-py3"), profile: .cpython311).get()
    let expected = Self.trimmed(Screenshot.render(recording, step: 5, width: 70, height: 20))
    let tooSmall = Self.trimmed(try tmux.waitForScreen { Self.trimmed($0) == expected })
    #expect(tooSmall == expected)
    #expect(tooSmall.contains("terminal too small"))

    try tmux.run(["resize-window", "-t", "t", "-x", "101", "-y", "33"])
    try tmux.expectRender("f3-py3", "--step", "5", "--size", "101x33")
  }

  @Test("q, Ctrl-C and SIGTERM leave the terminal as it was", arguments: ["q", "C-c", "SIGTERM"])
  func terminalRestored(how: String) throws {
    guard Self.available() else { return }
    let tmux = try Tmux()
    try tmux.start("\(Self.gcviz) play f1", width: 100, height: 30)
    try tmux.expectRender("f1", "--step", "0", "--size", "100x30")
    if how == "SIGTERM" {
      let pid = try #require(tmux.file("pid").flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
      kill(pid, SIGTERM)
    } else {
      try tmux.keys(how)
    }
    let status = tmux.waitForFile("exit")?.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(status == ["q": "0", "C-c": "130", "SIGTERM": "143"][how])
    let after = try #require(tmux.waitForFile("stty-after"))
    #expect(after == tmux.file("stty-before"))
    // The shell's screen is back: gcviz left the alternate screen.
    let screenAfter = try tmux.screen()
    #expect(!screenAfter.contains("gcviz"))
  }

  @Test("the picker lists the scenarios; Enter plays one, q comes back, q again quits")
  func picker() throws {
    guard Self.available() else { return }
    let tmux = try Tmux()
    try tmux.start(Self.gcviz, width: 120, height: 40)
    let picker = try tmux.waitForScreen { $0.contains("choose a scenario") }
    #expect(picker.contains("choose a scenario"))
    #expect(picker.contains("cascade"))
    // The first scenario in the list is played at step 0.
    let first = try #require(
      Self.capture([Self.gcviz, "list"]).stdout.split(separator: "\n").first?.split(separator: " ").first)
    try tmux.keys("Enter")
    try tmux.expectRender(String(first), "--step", "0", "--size", "120x40")
    try tmux.keys("q")
    let back = try tmux.waitForScreen { $0.contains("choose a scenario") }
    #expect(back.contains("choose a scenario") && !back.contains("step 0"))
    try tmux.keys("q")
    #expect(tmux.waitForFile("exit")?.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
  }

  @Test("a non-UTF-8 locale draws in ASCII, as render --ascii does")
  func asciiLocale() throws {
    guard Self.available() else { return }
    let tmux = try Tmux()
    try tmux.start("\(Self.gcviz) play f2", width: 120, height: 40, environment: ["LANG": "C", "LC_ALL": "C"])
    let shown = try tmux.expectRender("f2", "--step", "0", "--size", "120x40", "--ascii")
    #expect(shown.unicodeScalars.allSatisfy { $0.isASCII })
  }

  @Test("TERM=dumb and no terminal at all get a clear error, exit 2")
  func noUsableTerminal() throws {
    guard Self.available() else { return }
    let tmux = try Tmux()
    try tmux.start("\(Self.gcviz) play f2", width: 100, height: 30, environment: ["TERM": "dumb"])
    #expect(tmux.waitForFile("exit")?.trimmingCharacters(in: .whitespacesAndNewlines) == "2")
    let message = try tmux.screen()
    #expect(message.contains("cannot show the live screen"))
    let piped = try Self.capture([Self.gcviz, "play", "f2"])
    #expect(piped.status == 2)
  }
}
