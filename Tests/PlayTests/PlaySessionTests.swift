import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTimeline
import Testing

/// The live visualizer without a terminal: keys in, grids out, compared
/// with what `gcviz render` draws from a whole recording.
@Suite("Playing a scenario")
struct PlaySessionTests {
  static func session(_ name: String, profile: String? = nil, options: ScreenOptions = ScreenOptions()) throws
    -> PlaySession
  {
    let scenario = try ScenarioLibrary.load(name)
    let chosen = try Runner.profile(for: scenario, override: profile)
    let session = PlaySession(scenario, profile: chosen, options: options)
    session.waitForStart()
    #expect(session.recording.waitUntilComplete(seconds: 60))
    return session
  }

  /// Screens compare as ANSI text: every character and every style, and a
  /// failure prints something readable.
  static func render(_ name: String, profile: String? = nil, step: Int?, width: Int = 120, height: Int = 40) throws
    -> String
  {
    let scenario = try ScenarioLibrary.load(name)
    let chosen = try Runner.profile(for: scenario, override: profile)
    let recording = try Recording.record(scenario, profile: chosen).get()
    return ANSIWriter.write(
      Screen.render(
        state: Screenshot.state(recording, step: step), context: Screenshot.context(for: recording),
        size: (width, height), options: ScreenOptions()))
  }

  static func screen(_ session: PlaySession, width: Int = 120, height: Int = 40) -> String {
    ANSIWriter.write(session.frame(width: width, height: height))
  }

  static func press(_ session: PlaySession, _ keys: [Key]) {
    for key in keys { #expect(session.handle(key) == .keepGoing) }
  }

  @Test("it opens paused at step 0, the render of step 0")
  func opensAtStepZero() throws {
    let s = try Self.session("f2")
    #expect(Self.screen(s) == (try Self.render("f2", step: 0)))
  }

  @Test("→ and ← move by lines; each screen is the render of that step")
  func lineSteps() throws {
    let s = try Self.session("f2")
    Self.press(s, Array(repeating: .right, count: 10))
    #expect(Self.screen(s) == (try Self.render("f2", step: 10)))
    Self.press(s, [.left, .left])
    #expect(Self.screen(s, width: 100, height: 30) == (try Self.render("f2", step: 8, width: 100, height: 30)))
  }

  @Test("Home and End go to the first and the last step")
  func homeAndEnd() throws {
    let s = try Self.session("f3-py3")
    Self.press(s, [.end])
    #expect(Self.screen(s) == (try Self.render("f3-py3", step: nil)))
    Self.press(s, [.home])
    #expect(Self.screen(s) == (try Self.render("f3-py3", step: 0)))
  }

  @Test("s then S, and c then C, come back to the same screen")
  func finerGrainsGoBack() throws {
    let s = try Self.session("f2")
    Self.press(s, Array(repeating: .right, count: 40))
    let start = Self.screen(s)
    let position = s.position
    Self.press(s, [.character("s"), .character("s"), .character("s")])
    #expect(s.position > position)
    let inside = Self.screen(s)
    Self.press(s, [.character("s"), .character("S")])
    #expect(Self.screen(s) == inside)
    Self.press(s, [.character("S"), .character("S"), .character("S")])
    #expect(s.position == position)
    // The same screen as before, but for the title saying "by event".
    let back = Self.screen(s).split(separator: "\n")
    #expect(back.dropFirst() == start.split(separator: "\n").dropFirst())
    #expect(back.first?.contains("paused · by event") == true)

    // c stops where a collection has started, C goes back to it from later.
    Self.press(s, [.character("c")])
    let collecting = s.position
    let state = s.recording.read { $0.state(at: collecting) }
    #expect(state.collection != nil)
    Self.press(s, [.character("s"), .character("s"), .character("C")])
    #expect(s.position == collecting)
  }

  @Test("b from inside a step goes to that step's start first")
  func backFromInsideAStep() throws {
    let s = try Self.session("f2")
    Self.press(s, Array(repeating: .right, count: 12))
    // Into the step until inside one (not on a line boundary).
    var stepStart = s.position
    for _ in 0..<50 {
      Self.press(s, [.character("s")])
      stepStart = s.recording.read { $0.position(ofStep: $0.state(at: s.position).step) }
      if s.position > stepStart { break }
    }
    #expect(s.position > stepStart)
    Self.press(s, [.character("b")])
    #expect(s.position == stepStart)
  }

  @Test("Enter inspects the newest object, ↑/↓ walk the graph's order, Esc closes")
  func inspector() throws {
    let s = try Self.session("f2")
    Self.press(s, Array(repeating: .right, count: 40))
    Self.press(s, [.enter])
    let first = try #require(s.options.inspecting)
    let state = s.recording.read { $0.state(at: s.position) }
    let newest = state.objects.values.filter { !$0.isHidden }.max { $0.serial < $1.serial }
    #expect(first == newest?.id)
    #expect(TextWriter.write(s.frame(width: 120, height: 40)).contains("referrers"))
    Self.press(s, [.down])
    #expect(s.options.inspecting != first)
    Self.press(s, [.up])
    #expect(s.options.inspecting == first)
    Self.press(s, [.escape])
    #expect(s.options.inspecting == nil)
    #expect(!TextWriter.write(s.frame(width: 120, height: 40)).contains("referrers"))
  }

  @Test("?, d, e, Tab, arrows and +/- change only the view")
  func viewKeys() throws {
    let s = try Self.session("f2")
    Self.press(s, Array(repeating: .right, count: 20))
    let position = s.position
    Self.press(s, [.character("?")])
    #expect(s.options.helpVisible)
    #expect(TextWriter.write(s.frame(width: 120, height: 40)).contains("gcviz keys"))
    Self.press(s, [.character("n")])  // keys other than ?/Esc/q do nothing under the help
    #expect(s.position == position)
    Self.press(s, [.escape, .character("d"), .character("e"), .tab, .tab, .tab, .tab, .down, .down])
    #expect(s.options.showHidden && s.options.showStack)
    #expect(s.options.focusedPanel == .objects)
    #expect(s.options.scroll[.objects] == 2)
    let speed = s.options.speed
    Self.press(s, [.character("+"), .character("+")])
    #expect(s.options.speed == speed * 4)
    Self.press(s, [.character("-")])
    #expect(s.options.speed == speed * 2)
    #expect(s.position == position)
    #expect(s.handle(.character("q")) == .quit)
  }

  @Test("in the focused Objects panel ←/→ pan the graph (elsewhere they step); the screen is the render with that pan")
  func panningTheGraph() throws {
    let s = try Self.session("f2")
    Self.press(s, Array(repeating: .right, count: 30))
    let position = s.position
    Self.press(s, [.tab, .tab, .tab, .tab])
    #expect(s.options.focusedPanel == .objects)
    Self.press(s, [.right, .right, .down])
    #expect(s.position == position)
    #expect(s.options.pan[.objects] == 2 * PlaySession.panStep)
    #expect(s.options.scroll[.objects] == 1)
    Self.press(s, [.left])
    #expect(s.options.pan[.objects] == PlaySession.panStep)
    let r = try Recording.record(ScenarioLibrary.load("f2"), profile: .cpython27).get()
    let options = ScreenOptions(focusedPanel: .objects, scroll: [.objects: 1], pan: [.objects: PlaySession.panStep])
    let expected = Screen.render(
      state: Screenshot.state(r, step: 30), context: Screenshot.context(for: r), size: (120, 40), options: options)
    #expect(Self.screen(s) == ANSIWriter.write(expected))
    // Out of the panel, → steps again.
    Self.press(s, [.escape, .right])
    #expect(s.position > position)
  }

  @Test("f narrows the graph to the newest object and its neighbours; +/- change the hops, not the speed")
  func focusingTheGraph() throws {
    let s = try Self.session("f2")
    Self.press(s, Array(repeating: .right, count: 40))
    let speed = s.options.speed
    Self.press(s, [.character("f")])
    let focus = try #require(s.options.focus)
    let state = s.recording.read { $0.state(at: s.position) }
    #expect(focus.object == state.objects.values.filter { !$0.isHidden }.max { $0.serial < $1.serial }?.id)
    #expect(focus.hops == 1)
    #expect(TextWriter.write(s.frame(width: 120, height: 40)).contains("focus #"))
    Self.press(s, [.character("+"), .character("+"), .character("-")])
    #expect(s.options.focus?.hops == 2)
    #expect(s.options.speed == speed)
    Self.press(s, [.character("f")])
    #expect(s.options.focus == nil)
    #expect(!TextWriter.write(s.frame(width: 120, height: 40)).contains("focus #"))
  }

  @Test("p switches profile at the same program position (line and run), not the same step number")
  func switchProfile() throws {
    // `p` goes through the Python profiles in order: 3.11, 3.12, 3.13, 2.7.
    let s = try Self.session("f3-py3")
    Self.press(s, Array(repeating: .right, count: 15))
    Self.press(s, [.character("p")])
    #expect(s.recording.profile.name == "cpython3.12")
    s.waitForStart()
    #expect(s.recording.waitUntilComplete(seconds: 60))
    _ = s.frame(width: 120, height: 40)
    Self.press(s, [.character("p")])
    #expect(s.recording.profile.name == "cpython3.13")
    s.waitForStart()
    #expect(s.recording.waitUntilComplete(seconds: 60))
    _ = s.frame(width: 120, height: 40)
    Self.press(s, [.character("p")])
    #expect(s.recording.profile.name == "cpython2.7")
    s.waitForStart()
    #expect(s.recording.waitUntilComplete(seconds: 60))
    let text = TextWriter.write(s.frame(width: 120, height: 40))
    #expect(text.contains("cpython2.7 · stdout: tty · step 15/"))

    // f2, written for both: 2.7's step 650 (line 11, its 48th run) is
    // 3.11's step 706, where the 48th ClassA is born (on a terminal: its
    // collections inside print's flush end __del__ early); and back.
    let f2 = try Self.session("f2")
    Self.press(f2, [.character("g"), .character("6"), .character("5"), .character("0"), .enter])
    #expect(f2.recording.read { $0.state(at: f2.position).step } == 650)
    Self.press(f2, [.character("p")])
    #expect(f2.recording.profile.name == "cpython3.11")
    #expect(f2.options.notice == "now cpython3.11, at line 11, run 48")
    f2.waitForStart()
    #expect(f2.recording.waitUntilComplete(seconds: 60))
    _ = f2.frame(width: 120, height: 40)
    #expect(f2.recording.read { $0.state(at: f2.position).step } == 706)
    #expect(f2.recording.read { $0.programPositions(at: f2.position).first } == ProgramPosition(line: 11, run: 47))
    Self.press(f2, [.character("p")])
    #expect(f2.options.notice == "now cpython3.12, at line 11, run 48")
    f2.waitForStart()
    #expect(f2.recording.waitUntilComplete(seconds: 60))
    _ = f2.frame(width: 120, height: 40)
    #expect(f2.recording.read { $0.programPositions(at: f2.position).first } == ProgramPosition(line: 11, run: 47))
    Self.press(f2, [.character("p")])
    #expect(f2.options.notice == "now cpython3.13, at line 11, run 48")
    f2.waitForStart()
    #expect(f2.recording.waitUntilComplete(seconds: 60))
    _ = f2.frame(width: 120, height: 40)
    #expect(f2.recording.read { $0.programPositions(at: f2.position).first } == ProgramPosition(line: 11, run: 47))
    Self.press(f2, [.character("p")])
    f2.waitForStart()
    _ = f2.frame(width: 120, height: 40)
    #expect(f2.recording.profile.name == "cpython2.7")
    #expect(f2.recording.read { $0.state(at: f2.position).step } == 650)

    // Inside 3.11's __del__, which 2.7 never runs: 2.7 goes to the line
    // whose collection called it.
    let del = try Self.session("f2", profile: "cpython3.11")
    Self.press(del, [.character(":"), .character("1"), .character("4"), .enter])
    del.waitForStart()
    _ = del.frame(width: 120, height: 40)
    let chain = del.recording.read { $0.programPositions(at: del.position) }
    #expect(chain.first?.line == 14 && chain.count >= 2)
    // 3.12 and 3.13 run the same __del__; 2.7, three presses on, does not.
    Self.press(del, [.character("p")])
    del.waitForStart()
    #expect(del.recording.waitUntilComplete(seconds: 60))
    _ = del.frame(width: 120, height: 40)
    #expect(del.recording.profile.name == "cpython3.12")
    Self.press(del, [.character("p")])
    del.waitForStart()
    #expect(del.recording.waitUntilComplete(seconds: 60))
    _ = del.frame(width: 120, height: 40)
    #expect(del.recording.profile.name == "cpython3.13")
    Self.press(del, [.character("p")])
    del.waitForStart()
    #expect(del.recording.waitUntilComplete(seconds: 60))
    _ = del.frame(width: 120, height: 40)
    #expect(del.recording.read { $0.programPositions(at: del.position).first } == chain[1])
  }

  @Test("p from a __del__ the other profile runs from another call lands on the line that ran it")
  func switchProfileKeepsTheCall() throws {
    // del-cycle under 3.11: the first __del__ line (14) runs inside
    // gc.collect() on line 34; 2.7 runs it only at `del gc.garbage[:]` (37).
    let s = try Self.session("del-cycle", profile: "cpython3.11")
    Self.press(s, [.character(":"), .character("1"), .character("4"), .enter])
    s.waitForStart()
    _ = s.frame(width: 120, height: 40)
    #expect(s.recording.read { $0.programPositions(at: s.position).map(\.line) } == [14, 34])
    Self.press(s, [.character("p")])
    s.waitForStart()
    #expect(s.recording.waitUntilComplete(seconds: 60))
    _ = s.frame(width: 120, height: 40)
    #expect(s.recording.profile.name == "cpython3.12")
    Self.press(s, [.character("p")])
    s.waitForStart()
    #expect(s.recording.waitUntilComplete(seconds: 60))
    _ = s.frame(width: 120, height: 40)
    #expect(s.recording.profile.name == "cpython3.13")
    Self.press(s, [.character("p")])
    s.waitForStart()
    #expect(s.recording.waitUntilComplete(seconds: 60))
    _ = s.frame(width: 120, height: 40)
    #expect(s.recording.profile.name == "cpython2.7")
    #expect(s.recording.read { $0.currentLine(at: s.position)?.line } == 34)
  }

  @Test("playing advances by the speed, and stops at the end")
  func playing() throws {
    final class Clock: @unchecked Sendable { var now = 0.0 }
    let clock = Clock()
    let scenario = try ScenarioLibrary.load("f1")
    let s = PlaySession(
      scenario, profile: .cpython27, options: ScreenOptions(speed: 4), clock: { clock.now })
    s.waitForStart()
    #expect(s.recording.waitUntilComplete(seconds: 60))
    Self.press(s, [.character(" ")])
    clock.now += 1
    s.tick()
    #expect(s.recording.read { $0.state(at: s.position).step } == 4)
    clock.now += 1000
    s.tick()
    #expect(s.recording.read { $0.state(at: s.position).ending != nil })
    #expect(!s.options.playing)
  }

  @Test("a scenario that never ends records ahead of the viewer, within its history bound, and loses no step")
  func foreverIsBounded() throws {
    let source = """
      class A:
          pass
      i = 0
      while True:
          a = A()
          b = A()
          a.t = b
          b.t = a
          del a, b
          i += 1
      """
    let scenario = Scenario(name: "forever", path: "forever.py", source: source)
    let live = LiveRecording(scenario, profile: .cpython311, entryLimit: 40_000)
    live.start()
    // The viewer stays at the start: the recording stops half the limit
    // ahead. Waits are bounded by deadlines, not counts of sleeps, so a
    // loaded machine only makes the test slower.
    func wait(seconds: Double, until condition: () -> Bool) {
      let deadline = Date(timeIntervalSinceNow: seconds)
      while !condition(), Date() < deadline { usleep(10_000) }
    }
    wait(seconds: 60) { live.read { $0.endPosition } >= live.lookahead }
    usleep(100_000)
    let end = live.read { $0.endPosition }
    #expect(end >= live.lookahead && end <= live.lookahead + 2_000)
    #expect(!live.isComplete)
    // Following the end: old history goes, memory stays bounded.
    wait(seconds: 60) {
      live.viewerMoved(to: live.read { $0.endPosition })
      return live.read { $0.firstPosition > $0.position(ofStep: 100) }
    }
    let (first, kept, firstStep) = live.read { t in (t.firstPosition, t.endPosition - t.firstPosition, t.firstKeptStep)
    }
    #expect(first > 0)
    #expect(firstStep == 0)
    #expect(kept <= 40_000 + 2_000)
    // The dropped steps are recorded again: the states a recording that
    // kept everything has (its positions differ: it has no restarts).
    let whole = try Recording.record(scenario, profile: .cpython311, limits: RunLimits(steps: 100)).get().timeline
    #expect(live.read { $0.restarts.count } > 1)
    for step in [0, 1, 50, 99] {
      var (position, state) = live.read { t in (t.position(ofStep: step), t.state(at: t.position(ofStep: step))) }
      var expected = whole.state(at: whole.position(ofStep: step))
      #expect(position < first)
      (state.position, expected.position) = (0, 0)
      #expect(state == expected, "step \(step)")
    }
    live.cancel()
    #expect(live.waitUntilComplete(seconds: 10))
  }

  @Test("past the history bound, back then forward gives the same screens, each the render of its step")
  func backAndForthPastTheBound() throws {
    let scenario = try ScenarioLibrary.load("f2")
    let p = try Runner.profile(for: scenario, override: nil)
    let s = PlaySession(scenario, profile: p, entryLimit: 3_000)
    s.waitForStart()
    // End follows the recording to its end; it drops history on the way.
    let deadline = Date(timeIntervalSinceNow: 60)
    while !s.recording.isComplete, Date() < deadline { Self.press(s, [.end]) }
    Self.press(s, [.end])
    #expect(s.recording.read { $0.firstPosition > $0.position(ofStep: 400) })
    var screens: [String] = []
    Self.press(s, [.home])
    for _ in 0..<30 {
      screens.append(Self.screen(s))
      Self.press(s, Array(repeating: .right, count: 13))
    }
    #expect(screens[0] == (try Self.render("f2", step: 0)))
    #expect(screens[10] == (try Self.render("f2", step: 130)))
    for i in stride(from: 29, through: 0, by: -1) {
      Self.press(s, Array(repeating: .left, count: 13))
      #expect(Self.screen(s) == screens[i], "step \(i * 13)")
    }
  }

  @Test("a live recording of a scenario that does not compile ends with its diagnostic")
  func liveCompileError() {
    let live = LiveRecording(Scenario(name: "bad", path: "bad.py", source: "x = (\n"), profile: .cpython311)
    live.start()
    #expect(live.waitUntilComplete(seconds: 10))
    #expect(live.compileError?.message.contains("bad.py:") == true)
    #expect(live.read { $0.lineCount } == 0)
  }
}
