import GCVizKit
import GCVizTimeline
import Testing

@Suite("Lines that just ran")
struct RecentLinesTests {
  @Test("a frame remembers its last three distinct lines, most recent first")
  func trailOfOneFrame() {
    var recent = RecentLines()
    for line in [1, 2, 3, 2, 4, 5, 5, 6] { recent.lineStarted(line, depth: 0, function: "<module>") }
    #expect(recent.lines == [5, 4, 2])
    // A loop back to a line of the trail: it is the current line now, not faded.
    recent.lineStarted(4, depth: 0, function: "<module>")
    #expect(recent.lines == [6, 5, 2])
  }

  @Test("a call starts with no trail; its return brings the caller's back")
  func callsAndReturns() {
    var recent = RecentLines()
    for line in [10, 11, 12] { recent.lineStarted(line, depth: 0, function: "<module>") }
    recent.lineStarted(3, depth: 1, function: "f")
    #expect(recent.lines.isEmpty)
    recent.lineStarted(4, depth: 1, function: "f")
    #expect(recent.lines == [3])
    // Back in the caller: its own lines, not the callee's.
    recent.lineStarted(13, depth: 0, function: "<module>")
    #expect(recent.lines == [12, 11, 10])
    // Another function at the same depth before the caller moved on
    // (`f() + g()` on one line) is a new frame too.
    recent.lineStarted(3, depth: 1, function: "f")
    recent.lineStarted(4, depth: 1, function: "f")
    recent.lineStarted(8, depth: 1, function: "g")
    #expect(recent.lines.isEmpty)
  }

  @Test("deep recursion keeps one small trail per frame, and returning drops them")
  func bounded() {
    var recent = RecentLines()
    for depth in 0..<1000 {
      recent.lineStarted(2, depth: depth, function: "f")
      recent.lineStarted(3, depth: depth, function: "f")
    }
    #expect(recent.lines == [2])
    recent.lineStarted(4, depth: 0, function: "f")
    #expect(recent.lines == [3, 2])
    var fresh = RecentLines()
    fresh.lineStarted(2, depth: 0, function: "f")
    fresh.lineStarted(3, depth: 0, function: "f")
    fresh.lineStarted(4, depth: 0, function: "f")
    // Nothing of the 999 returned frames is left.
    #expect(recent == fresh)
  }

  @Test("seeking to a step gives the recent lines that playing step by step gives, at every step of f2")
  func seekEqualsPlay() throws {
    let t = try recorded("f2").timeline
    var withTrail = 0
    // The whole state, recent lines included, is compared at every step.
    expectSeekEqualsPlay(t) { step, played in
      #expect(!played.recentLines.lines.contains(played.line), "step \(step)")
      #expect(played.recentLines.lines.count <= RecentLines.limit)
      if !played.recentLines.lines.isEmpty { withTrail += 1 }
    }
    #expect(withTrail > t.lineCount / 2)
  }

  @Test("in f2, after ClassA() returns, the trail is f2's lines, not __init__'s")
  func returnFromInit() throws {
    let t = try recorded("f2").timeline
    var found = false
    for step in 0..<t.lineCount {
      let state = t.state(at: t.position(ofStep: step))
      // Line 21 `c2=ClassA()` about to run, in f2: 20 `c1=ClassA()` ran just
      // before it in this frame (its __init__'s lines 11-12 ran since).
      guard state.line == 21, state.frames.last?.function == "f2" else { continue }
      #expect(state.recentLines.lines.first == 20)
      #expect(!state.recentLines.lines.contains(11))
      #expect(!state.recentLines.lines.contains(12))
      found = true
    }
    #expect(found)
    // And inside __init__, only __init__'s own lines.
    let inInit = try #require(
      (0..<t.lineCount).lazy.map { t.state(at: t.position(ofStep: $0)) }.first { $0.line == 12 })
    #expect(inInit.recentLines.lines == [11])
  }
}
