import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTimeline
import TestSupport
import Testing

/// `gcviz record`: an asciicast v2 file (asciinema's format,
/// docs.asciinema.org/manual/asciicast/v2) whose frames, replayed, are
/// the screens `gcviz render` draws.
@Suite("Recording asciicasts")
struct AsciicastTests {
  /// What a v2 file holds: its header, and its events in order.
  struct Cast {
    var header: [String: Any]
    var events: [(time: Double, code: String, data: String)]

    /// Parses `text` as the v2 spec says, recording an issue for each
    /// line that breaks it.
    init(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.last == "", "the file ends with a newline", sourceLocation: sourceLocation)
      lines.removeLast()
      let first = try #require(lines.first, sourceLocation: sourceLocation)
      header = try #require(
        try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any], sourceLocation: sourceLocation)
      let known: Set = [
        "version", "width", "height", "timestamp", "duration", "idle_time_limit", "command", "title", "env", "theme",
      ]
      #expect(Set(header.keys).isSubset(of: known), "\(header.keys)", sourceLocation: sourceLocation)
      #expect(header["version"] as? Int == 2, sourceLocation: sourceLocation)
      events = []
      var last = 0.0
      for line in lines.dropFirst() {
        let event = try #require(
          try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any], sourceLocation: sourceLocation)
        #expect(event.count == 3, sourceLocation: sourceLocation)
        let time = try #require(event[0] as? Double, sourceLocation: sourceLocation)
        let code = try #require(event[1] as? String, sourceLocation: sourceLocation)
        let data = try #require(event[2] as? String, sourceLocation: sourceLocation)
        #expect(["o", "i", "m", "r"].contains(code), sourceLocation: sourceLocation)
        #expect(time >= last, "times never go back", sourceLocation: sourceLocation)
        last = time
        events.append((time, code, data))
      }
    }
  }

  /// A terminal just good enough for what the recorder writes: it moves
  /// to a row's start (`ESC[y;1H`) before redrawing that row whole, so a
  /// row is the text written since; colours and modes are skipped.
  struct Replay {
    var rows: [String]

    init(height: Int) { rows = Array(repeating: "", count: height) }

    mutating func feed(_ data: String) {
      var row = 0
      var scalars = Array(data.unicodeScalars)[...]
      while let scalar = scalars.popFirst() {
        guard scalar == "\u{1B}" else {
          if scalar != "\r" && scalar != "\n" { rows[row].unicodeScalars.append(scalar) }
          continue
        }
        guard scalars.popFirst() == "[" else { continue }
        var parameters = ""
        while let next = scalars.popFirst() {
          if next.value >= 0x40 && next.value <= 0x7E {
            if next == "H" {
              row = (Int(parameters.split(separator: ";").first ?? "1") ?? 1) - 1
              if row < rows.count { rows[row] = "" } else { row = rows.count - 1 }
            } else if next == "J" && parameters == "2" {
              rows = Array(repeating: "", count: rows.count)
            }
            break
          }
          parameters.unicodeScalars.append(next)
        }
      }
    }
  }

  static func recording(_ name: String) throws -> Recording {
    let scenario = try ScenarioLibrary.load(name)
    return try Recording.record(scenario, profile: Runner.profile(for: scenario, override: nil)).get()
  }

  static func cast(_ r: Recording, _ settings: Asciicast.Settings) -> String {
    var text = ""
    Asciicast.write(r, settings) { text += $0 + "\n" }
    return text
  }

  @Test(
    "each frame, replayed, is the screen at its stop; a marker at each collection and caption",
    arguments: ["f3-py3", "f2", "NodeCycleCollected"])
  func framesAreTheScreens(_ name: String) throws {
    let r = try Self.recording(name)
    let t = r.timeline
    let settings = Asciicast.Settings(width: 100, height: 30, stepsPerSecond: 8)
    let cast = try Cast(Self.cast(r, settings))
    #expect(cast.header["width"] as? Int == 100 && cast.header["height"] as? Int == 30)
    let stops = Asciicast.stops(t)
    let frames = cast.events.filter { $0.code == "o" }
    // One frame per stop, and the last one bringing the cursor back.
    #expect(frames.count == stops.count + 1)
    #expect(frames.first?.data.hasPrefix("\u{1B}[?25l\u{1B}[H\u{1B}[2J") == true)
    #expect(frames.last?.data == "\u{1B}[?25h")
    #expect(zip(frames, frames.dropFirst()).allSatisfy { $0.time < $1.time })
    #expect(abs(frames[1].time - frames[0].time - 1.0 / 8) < 1e-6)
    var replay = Replay(height: 30)
    let context = Screenshot.context(for: r)
    for (frame, position) in zip(frames, stops) {
      replay.feed(frame.data)
      let state = t.state(at: position)
      let options = ScreenOptions(playing: state.ending == nil, speed: 8)
      let expected = TextWriter.write(Screen.render(state: state, context: context, size: (100, 30), options: options))
      #expect(replay.rows.joined(separator: "\n") == expected, "\(name) at \(position)")
    }
    // Every line step is a frame, and every collection's phases.
    #expect(Set(stops).isSuperset(of: (0...t.lineCount).map { t.position(ofStep: $0) }))
    var collections = 0
    var start = t.position(ofStep: 0)
    while let next = t.nextCollection(after: start) {
      #expect(stops.contains(next))
      collections += 1
      start = next
    }
    let markers = cast.events.filter { $0.code == "m" }.map(\.data)
    #expect(markers.filter { !$0.hasPrefix("line ") }.count == collections)
    let captioned = (0..<t.lineCount).filter { context.captions[t.state(at: t.position(ofStep: $0)).line] != nil }
    #expect(markers.filter { $0.hasPrefix("line ") }.count == captioned.count)
    if name == "f3-py3" {
      #expect(collections > 0 && !captioned.isEmpty)
      #expect(markers.contains { $0.hasPrefix("line 24: 2 unreachable objects") })
    }
  }

  /// asciinema on PATH, if installed.
  static var asciinema: String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").map { "\($0)/asciinema" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  @Test("asciinema play shows the recording: its last screen is gcviz render --end's")
  func asciinemaPlaysIt() throws {
    guard TerminalTests.available() else { return }
    guard let asciinema = Self.asciinema else {
      if ProcessInfo.processInfo.environment["GCVIZ_REQUIRE_ORACLES"] == "1" {
        Issue.record("asciinema is not installed")
      } else {
        print("⚠️  SKIPPED: asciinema play: asciinema is not installed (pip install asciinema)")
      }
      return
    }
    let folder = try HostileInputTests.Folder()
    let file = folder.path + "/f3.cast"
    let made = try HostileInputTests.run(
      ["record", "f3-py3", "-o", file, "--size", "100x30", "--speed", "40"], in: folder.path, environment: [:])
    #expect(made.exitCode == 0, "\(made.stderr)")
    let tmux = try TerminalTests.Tmux()
    // Two rows more than the recording: nothing scrolls it.
    try tmux.start("\(asciinema) play \(file)", width: 100, height: 32)
    let expected = TerminalTests.trimmed(try TerminalTests.render(["f3-py3", "--end", "--size", "100x30"]))
    let shown = try tmux.waitForScreen(seconds: 30) {
      TerminalTests.trimmed($0).hasPrefix(expected) && tmux.file("exit") != nil
    }
    #expect(TerminalTests.trimmed(shown).hasPrefix(expected))
    #expect(tmux.file("exit")?.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
  }

  @Test("gcviz record writes the file with the size and speed asked for; bad arguments exit 2")
  func throughTheBinary() throws {
    guard HostileInputTests.available() else { return }
    let folder = try HostileInputTests.Folder()
    let file = folder.path + "/f3.cast"
    let result = try HostileInputTests.run(
      ["record", "f3-py3", "-o", file, "--size", "90x28", "--speed", "2", "--no-color"], in: folder.path,
      environment: [:])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty && result.stderr.isEmpty)
    let cast = try Cast(String(contentsOfFile: file, encoding: .utf8))
    #expect(cast.header["width"] as? Int == 90 && cast.header["height"] as? Int == 28)
    #expect((cast.header["title"] as? String)?.contains("f3-py3") == true)
    let frames = cast.events.filter { $0.code == "o" }
    #expect(abs(frames[1].time - frames[0].time - 0.5) < 1e-6)
    // --no-color: no colour codes, only resets.
    #expect(!frames.contains { $0.data.contains("\u{1B}[0;3") })

    let refusals: [([String], String)] = [
      (["record", "f3-py3", "-o", folder.path], "is a directory"),
      (["record", "f3-py3", "-o", file, "--size", "10x5"], "too small"),
      (["record", "f3-py3", "-o", file, "--speed", "0"], "--speed must be between 0.1 and 1000"),
      (["record", "f3-py3"], "Missing expected argument '--output <file>'"),
      (["record", "nosuch", "-o", file], "nosuch"),
    ]
    for (arguments, message) in refusals {
      let refused = try HostileInputTests.run(arguments, in: folder.path, environment: [:])
      #expect(refused.exitCode == 2, "\(arguments)")
      #expect(refused.stderr.contains(message), "\(arguments): \(refused.stderr)")
    }
  }

  @Test("render --format svg shows any stop, mid-collection included")
  func svgOfAStop() throws {
    guard HostileInputTests.available() else { return }
    let r = try Self.recording("f3-py3")
    let t = r.timeline
    let collecting = try #require(t.nextCollection(after: t.position(ofStep: 0)))
    let state = t.state(at: collecting)
    let result = try HostileInputTests.run(
      ["render", "f3-py3", "--step", "\(state.step)", "--stop", "\(state.stopInStep)", "--format", "svg"], in: "/tmp",
      environment: [:])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("<svg "))
    #expect(result.stdout.contains("stop \(state.stopInStep)"))
    #expect(result.stdout.contains("collecting gen"))
    let text = try HostileInputTests.run(
      ["render", "f3-py3", "--step", "\(state.step)", "--stop", "\(state.stopInStep)"], in: "/tmp", environment: [:])
    let expected = TextWriter.write(
      Screen.render(state: state, context: Screenshot.context(for: r), size: (120, 40), options: ScreenOptions()))
    #expect(text.stdout == expected + "\n")
    // Past the step's last stop, or without --step: exit 2.
    let count = t.stopCount(inStep: state.step)
    let past = try HostileInputTests.run(
      ["render", "f3-py3", "--step", "\(state.step)", "--stop", "\(count + 1)"], in: "/tmp", environment: [:])
    #expect(past.exitCode == 2)
    #expect(
      past.stderr
        == "gcviz: error: step \(state.step) has \(count) stops after its start; --stop must be 0 to \(count)\n")
    let alone = try HostileInputTests.run(["render", "f3-py3", "--stop", "1"], in: "/tmp", environment: [:])
    #expect(alone.exitCode == 2 && alone.stderr.contains("--stop needs --step"))
  }
}
