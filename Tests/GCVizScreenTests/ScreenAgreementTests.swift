import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTimeline
import SnapshotTesting
import Testing

/// Issue 16's "screens that mislead": each panel agrees with the others
/// and with the stop it shows.
@Suite("Screens that agree with themselves")
struct ScreenAgreementTests {
  typealias Shots = ScenarioSnapshotTests

  static func text(_ r: Recording, at position: Int, _ width: Int = 120, _ height: Int = 40) -> String {
    Shots.screen(r, position: position, width, height)
  }

  /// Every stop of `s` from the first line to the end.
  static func stops(_ t: Timeline) -> [Int] {
    var out: [Int] = []
    var p = t.position(ofStep: 0)
    while p < t.endPosition {
      out.append(p)
      p = t.nextEvent(after: p)
    }
    return out + [t.endPosition]
  }

  @Test(
    "at the stop where a deleted or rebound name drops a count, the frames no longer hold that name's object",
    arguments: ["f1", "f3", "jvm-style-chain"])
  func framesFollowTheUnbind(_ name: String) throws {
    let r = try Shots.recording(name)
    let t = r.timeline
    var checked = 0
    for p in Self.stops(t) {
      let state = t.state(at: p)
      guard case .decref(let id, 0, .unbind)? = state.lastEvent, let object = state.objects[id] else { continue }
      let held = state.frames.flatMap(\.variables).filter { $0.value == .object(id) }.map(\.name)
      #expect(held.isEmpty, "\(name) at \(p): rc=0 yet \(held) still hold #\(object.serial)")
      // The Frames panel draws what the frames hold.
      #expect(!Self.text(r, at: p).contains("─▶ #\(object.serial) "), "\(name) at \(p)")
      checked += 1
    }
    #expect(checked > 0, "\(name) has no name dropping a count to 0")
  }

  /// One panel of the screen at `position`, as text.
  static func panel(
    _ which: Panel, _ r: Recording, at position: Int, _ width: Int = 120, _ height: Int = 40,
    options: ScreenOptions = ScreenOptions()
  ) throws -> String {
    let grid = try #require(
      Screen.panel(
        which, state: r.timeline.state(at: position), context: Screenshot.context(for: r), size: (width, height),
        options: options))
    return TextWriter.write(grid)
  }

  /// The caption rows of a Source panel's text, joined, markers and
  /// borders dropped (nil: no caption shown).
  static func caption(_ source: String, marker: String = "#>") -> String? {
    // Inside the borders.
    let rows = source.split(separator: "\n").dropFirst().dropLast().map {
      $0.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
    }
    guard let first = rows.firstIndex(where: { $0.hasPrefix(marker + " ") }) else { return nil }
    var text = String(rows[first].dropFirst(marker.count + 1))
    for row in rows[(first + 1)...] {
      guard !row.isEmpty, !row.hasPrefix("▸") else { break }
      text += " " + row
    }
    return text
  }

  @Test(
    "a caption is the line that just ran's, said so, beside the state it describes; inside a step, said to be the line under way's end"
  )
  func captionsMatchTheScreen() throws {
    let r = try Shots.recording("f3")
    let t = r.timeline
    // Step 17: `del c1` ran, `del c2` is about to. Instance 1 has rc=1.
    let step17 = t.position(ofStep: 17)
    let state = t.state(at: step17)
    #expect(state.line == 22)
    let source = try Self.panel(.source, r, at: step17)
    #expect(Self.caption(source) == "after line 21: rc=1, kept alive by c2.t")
    #expect(!source.contains("both rc=1"))
    let counts = state.objects.values.filter { $0.typeName == "ClassA" }.map(\.refcount).sorted()
    #expect(counts == [1, 2])
    assertSnapshot(of: source, as: .lines, named: "f3-step17-source")
    // One step on, `del c2` ran: both rc=1, as the graph shows.
    let step18 = t.position(ofStep: 18)
    #expect(
      Self.caption(try Self.panel(.source, r, at: step18))
        == "after line 22: both rc=1: unreachable from any name, but refcounting cannot tell")
    #expect(t.state(at: step18).objects.values.filter { $0.typeName == "ClassA" }.map(\.refcount) == [1, 1])
    // Inside step 17 (`s`), line 22 is under way: its caption is of its end.
    let inside = t.nextEvent(after: step17)
    #expect(t.state(at: inside).stopInStep > 0)
    #expect(
      Self.caption(try Self.panel(.source, r, at: inside))?.hasPrefix("once line 22 is done: both rc=1") == true)
    // At the end: the last line that ran.
    #expect(
      Self.caption(try Self.panel(.source, r, at: t.endPosition))?.hasPrefix("after line 31: flags off") == true)
  }

  @Test("after a call returns the caption is the calling line's; while a call has just begun, none")
  func captionsAcrossCalls() throws {
    let r = try Shots.recording("f1")
    let t = r.timeline
    // `c1=ClassA()` (16) ran __init__ (line 9) and then `del c1` (17) is next.
    let afterCall = try #require((0..<t.lineCount).map(t.position(ofStep:)).first { t.state(at: $0).line == 17 })
    #expect(
      Self.caption(try Self.panel(.source, r, at: afterCall))
        == "after line 16: a new instance, referenced only by the local c1: rc=1")
    // __init__'s first line: line 16 is still running, nothing has ended.
    let inInit = try #require((0..<t.lineCount).map(t.position(ofStep:)).first { t.state(at: $0).line == 9 })
    #expect(Self.caption(try Self.panel(.source, r, at: inInit)) == nil)
    // Step 0: nothing ran yet.
    #expect(Self.caption(try Self.panel(.source, r, at: t.position(ofStep: 0))) == nil)
  }

  @Test("the #: header is one folded row, so the first code lines show at step 0", arguments: ["f3", "NodeCycle"])
  func headerIsFolded(_ name: String) throws {
    let r = try Shots.recording(name)
    let marker = name == "f3" ? "#:" : "//:"
    let header = r.scenario.lines.prefix { $0.hasPrefix(marker) }.count
    #expect(header == 3)
    // Scrolled to the top of the file (Java's step 0 is main's first line).
    var options = ScreenOptions()
    options.scroll[.source] = -100
    for (width, height) in [(120, 40), (80, 24)] {
      let source = try Self.panel(.source, r, at: r.timeline.position(ofStep: 0), width, height, options: options)
      let rows = source.split(separator: "\n").dropFirst().map(String.init)
      #expect(rows[0].contains("1 \(marker) 3 header lines: title"), "\(name) \(width)x\(height)")
      #expect(rows[1].contains(" \(header + 1) "), "\(name) \(width)x\(height): \(rows[1])")
      #expect(rows.filter { $0.contains(marker) }.count == 1, "\(name) \(width)x\(height)")
      if name == "f3" && width == 80 { assertSnapshot(of: source, as: .lines, named: "f3-step0-80x24-source") }
    }
  }

  @Test("a code line wider than the Source panel ends in …, and panned sideways shows its rest behind a …")
  func longSourceLinesAreMarkedAndPan() throws {
    let r = try Shots.recording("f3")
    let start = r.timeline.position(ofStep: 0)
    let line11 = "        print('object born,id:%s'%str(hex(id(self))))"
    let cut = try Self.panel(.source, r, at: start, 80, 24)
    let row = try #require(cut.split(separator: "\n").first { $0.contains(" 11 ") })
    #expect(row.hasSuffix("… │"), "\(row)")
    #expect(row.contains("print('object bor"))
    var options = ScreenOptions()
    options.pan[.source] = 32
    let panned = try Self.panel(.source, r, at: start, 80, 24, options: options)
    let rest = try #require(panned.split(separator: "\n").first { $0.contains(" 11 ") })
    #expect(rest.contains(" 11 …" + line11.dropFirst(33).prefix(10)), "\(rest)")
    #expect(rest.contains("self))))"), "\(rest)")
  }

  @Test("the memory chart says the true peak: live 0 · peak 0 before the first object")
  func memoryPeakAtStepZero() throws {
    let r = try Shots.recording("NodeCycle")
    let memory = try Self.panel(.memory, r, at: r.timeline.position(ofStep: 0))
    #expect(memory.contains("live 0 · peak 0"), "\(memory)")
    #expect(!memory.contains("peak 1"))
    // Later the peak is the most objects alive at once.
    #expect(try Self.panel(.memory, r, at: r.timeline.endPosition).contains("live 2 · peak 2"))
  }

  @Test("a Java run's end marks what pure reference counting leaked, in its boxes and its panel")
  func javaLeakMarkedAtTheEnd() throws {
    let r = try Shots.recording("NodeCycle")
    let t = r.timeline
    let counting = try Self.panel(.generations, r, at: t.endPosition)
    #expect(counting.contains("leaked: 2 objects never freed"), "\(counting)")
    let objects = try Self.panel(.objects, r, at: t.endPosition)
    #expect(objects.components(separatedBy: "rc=1 leaked").count == 3, "\(objects)")
    assertSnapshot(of: Self.text(r, at: t.endPosition), as: .lines, named: "NodeCycle-end-120x40")
    // Before the end nothing is called leaked: main still runs.
    let before = t.position(ofStep: t.lineCount - 1)
    #expect(!Self.text(r, at: before).contains("leaked"))
    // A run that freed everything says so.
    let freed = try Shots.recording("StaticRoot")
    #expect(try Self.panel(.generations, freed, at: freed.timeline.endPosition).contains("no leaks"))
  }

  @Test("during a collection a frame's object says its state in words, as its box does")
  func framesSayStatesInWords() throws {
    let r = try Shots.recording("f3")
    let t = r.timeline
    var checked = 0
    for p in Self.stops(t) {
      let state = t.state(at: p)
      guard state.collection != nil else { continue }
      let frames = try Self.panel(.frames, r, at: p, 200, 60)
      for variable in state.frames.flatMap(\.variables) {
        guard case .object(let id) = variable.value, let object = state.objects[id], let mark = object.mark else {
          continue
        }
        let row = frames.split(separator: "\n").first { $0.contains("─▶ #\(object.serial) ") }
        #expect(row?.contains("(\(mark.rawValue))") == true, "\(frames)")
        checked += 1
      }
    }
    #expect(checked > 0)
  }
}
