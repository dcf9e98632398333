import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTimeline
import Testing

/// Moving like a debugger through f3-py3, whose steps are: 9 `f3()` at
/// module level, 10 `c1=ClassA()` in f3, 11 `__init__`'s print, 12
/// `c2=ClassA()`, 19 `print(gc.collect())`, 20 and 21 the `__del__`s the
/// collection runs (line 13), 22 `print(gc.garbage)`, 24 `gc.set_debug(0)`
/// back at module level. Each screen reached is `gcviz render`'s of its step.
@Suite("Navigating like a debugger")
struct NavigationTests {
  typealias P = PlaySessionTests

  static func keys(_ text: String) -> [Key] { text.map { Key.character($0) } }

  /// A session of f3-py3 at `step`, by `g`.
  static func at(_ step: Int) throws -> PlaySession {
    let s = try P.session("f3-py3")
    P.press(s, [.character("g")] + keys(String(step)) + [.enter])
    #expect(s.recording.read { $0.state(at: s.position).step } == step)
    return s
  }

  static func step(_ s: PlaySession) -> Int { s.recording.read { $0.state(at: s.position).step } }

  static func text(_ s: PlaySession) -> String { TextWriter.write(s.frame(width: 120, height: 40)) }

  @Test("g N Enter shows step N, the render of that step; the prompt is in the key bar while typed")
  func goToStep() throws {
    let s = try P.session("f3-py3")
    P.press(s, [.character("g"), .character("1"), .character("x"), .character("7")])
    let bar = try #require(Self.text(s).split(separator: "\n").last)
    #expect(bar.hasPrefix(" go to step: 17"))
    #expect(s.position == s.recording.read { $0.position(ofStep: 0) })
    P.press(s, [.enter])
    #expect(P.screen(s) == (try P.render("f3-py3", step: 17)))
    // Backspace erases, Esc cancels.
    P.press(s, [.character("g"), .character("5"), .character("5"), .backspace, .escape])
    #expect(s.options.prompt == nil && Self.step(s) == 17)
    // A step past the end, or none typed: a notice, no move.
    P.press(s, [.character("g"), .character("9"), .character("9"), .enter])
    #expect(s.options.notice == "step 99 is past the end: the run has 28 steps" && Self.step(s) == 17)
    P.press(s, [.character("g"), .enter])
    #expect(s.options.notice?.hasPrefix("g: type a step number") == true)
  }

  @Test("n steps over calls: f3() at module level, __init__, and the __del__s a collection runs")
  func stepOver() throws {
    let s = try Self.at(9)
    P.press(s, [.character("n")])
    #expect(P.screen(s) == (try P.render("f3-py3", step: 24)))
    let inside = try Self.at(10)
    P.press(inside, [.character("n")])
    #expect(P.screen(inside) == (try P.render("f3-py3", step: 12)))
    let collecting = try Self.at(19)
    P.press(collecting, [.character("n")])
    #expect(Self.step(collecting) == 22)
    // From inside a step (after s), n goes on to the next line of the frame.
    let within = try Self.at(10)
    P.press(within, [.character("s"), .character("s"), .character("n")])
    #expect(Self.step(within) == 12)
  }

  @Test("→ steps into the call, o steps out of it; o at module level says why not")
  func stepIntoAndOut() throws {
    let s = try Self.at(10)
    P.press(s, [.right])
    #expect(Self.step(s) == 11)
    #expect(s.recording.read { $0.state(at: s.position).frames.count } == 3)
    P.press(s, [.character("o")])
    #expect(P.screen(s) == (try P.render("f3-py3", step: 12)))
    P.press(s, [.character("o")])
    #expect(Self.step(s) == 24)
    P.press(s, [.character("o")])
    #expect(Self.step(s) == 24)
    #expect(s.options.notice?.hasPrefix("in the outermost frame") == true)
  }

  @Test("b goes back to where n came from, over calls; from inside a step to its start")
  func stepBack() throws {
    let s = try Self.at(22)
    P.press(s, [.character("b")])
    #expect(Self.step(s) == 19)
    let start = s.position
    P.press(s, [.character("s"), .character("s"), .character("b")])
    #expect(s.position == start)
    let module = try Self.at(24)
    P.press(module, [.character("b")])
    #expect(P.screen(module) == (try P.render("f3-py3", step: 9)))
  }

  @Test(": N Enter goes to the next run of line N, or says it does not run again")
  func goToLine() throws {
    let s = try Self.at(10)
    P.press(s, [.character(":"), .character("1"), .character("3"), .enter])
    #expect(P.screen(s) == (try P.render("f3-py3", step: 20)))
    P.press(s, [.character(":"), .character("1"), .character("3"), .enter])
    #expect(Self.step(s) == 21)
    P.press(s, [.character(":"), .character("1"), .character("3"), .enter])
    #expect(Self.step(s) == 21)
    #expect(s.options.notice == "line 13 does not run after this point")
    P.press(s, [.character(":"), .character("9"), .character("9"), .character("9"), .enter])
    #expect(s.options.notice?.hasPrefix("no line 999: the scenario has") == true)
  }

  @Test("/ finds objects by type or #number, opens the inspector, and / Enter goes on to the next match")
  func search() throws {
    let s = try Self.at(15)
    let state = s.recording.read { $0.state(at: s.position) }
    let instances = state.orderedObjects.filter { $0.typeName == "ClassA" && !$0.isHidden }
    #expect(instances.count == 2)
    P.press(s, [.character("/")] + Self.keys("classa") + [.enter])
    #expect(s.options.inspecting == instances[0].id)
    // The instances, then the class of that name.
    #expect(s.options.notice == "classa: match 1 of 3 (/ Enter: the next)")
    #expect(Self.text(s).contains("referrers"))
    P.press(s, [.character("/"), .enter])
    #expect(s.options.inspecting == instances[1].id)
    P.press(s, [.character("/"), .enter])
    #expect(state.objects[s.options.inspecting!]?.name == "ClassA")
    P.press(s, [.character("/"), .enter])
    #expect(s.options.inspecting == instances[0].id)
    P.press(s, [.character("/")] + Self.keys("#\(instances[1].serial)") + [.enter])
    #expect(s.options.inspecting == instances[1].id)
    P.press(s, [.character("/")] + Self.keys("nosuch") + [.enter])
    #expect(s.options.notice == "no object matches nosuch")
    #expect(s.options.inspecting == instances[1].id)
  }

  @Test("t: playing stops at the start of each collection; space plays on")
  func stopAtCollections() throws {
    final class Clock: @unchecked Sendable { var now = 0.0 }
    let clock = Clock()
    let s = PlaySession(
      try ScenarioLibrary.load("f3-py3"), profile: .cpython311, options: ScreenOptions(speed: 4),
      clock: { clock.now })
    s.waitForStart()
    #expect(s.recording.waitUntilComplete(seconds: 60))
    let collections = s.recording.read { t in
      sequence(first: t.position(ofStep: 0)) { t.nextCollection(after: $0) }.dropFirst().map { $0 }
    }
    #expect(collections.count >= 2)
    P.press(s, [.character("t"), .character(" ")])
    #expect(Self.text(s).contains("stops at gc"))
    for collection in collections {
      clock.now += 1000
      s.tick()
      #expect(s.position == collection)
      #expect(!s.options.playing)
      P.press(s, [.character(" ")])
    }
    clock.now += 1000
    s.tick()
    #expect(s.recording.read { $0.state(at: s.position).ending != nil })
  }

  @Test("a search in a run that never ends gives up after its bound, where it was")
  func searchGivesUp() throws {
    let source = """
      i = 0
      while True:
          i += 1
      j = 1
      """
    let s = PlaySession(Scenario(name: "forever", path: "forever.py", source: source), profile: .cpython311)
    s.seekStepLimit = 2_000
    s.waitForStart()
    let start = s.position
    P.press(s, [.character(":"), .character("4"), .enter])
    #expect(s.options.notice == "running ahead to find it (any move cancels)")
    let deadline = Date(timeIntervalSinceNow: 60)
    while s.options.notice?.hasPrefix("not found") != true, Date() < deadline {
      _ = s.frame(width: 80, height: 24)
      usleep(10_000)
    }
    #expect(s.options.notice == "not found in the next 2,000 steps")
    #expect(s.position == start)
    s.recording.cancel()
  }
}
