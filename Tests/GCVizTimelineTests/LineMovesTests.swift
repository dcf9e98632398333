import GCVizKit
import GCVizTimeline
import Testing

/// The debugger's moves over a recorded run of f3-py3, whose steps are:
/// 9 `f3()` at module level, 10 `c1=ClassA()` in f3, 11 `__init__`'s
/// print, 12 `c2=ClassA()`, 13 `__init__` again, 19 `print(gc.collect())`,
/// 20 and 21 the two `__del__`s the collection runs, 22 `print(gc.garbage)`,
/// 24 `gc.set_debug(0)` back at module level.
@Suite("Moving over lines and stops")
struct LineMovesTests {
  let timeline: Timeline

  init() throws { timeline = try recorded("f3-py3").timeline }

  func start(_ step: Int) -> Int { timeline.position(ofStep: step) }
  func line(at step: Int) -> Int { timeline.state(at: start(step)).line }

  @Test("the steps are the ones the tests below name")
  func theSteps() {
    #expect(timeline.lineCount == 28)
    #expect([9, 10, 11, 12, 19, 20, 21, 22, 24].map(line) == [30, 17, 11, 18, 24, 13, 13, 25, 31])
  }

  @Test("a line start knows its line and its frame's depth")
  func currentLine() throws {
    let t = timeline
    let inF3 = try #require(t.currentLine(at: start(10)))
    #expect(inF3 == Timeline.LineStart(position: start(10), line: 17, depth: 1))
    #expect(t.currentLine(at: start(11))?.depth == 2)
    // Inside a step, the step's line.
    #expect(t.currentLine(at: t.nextEvent(after: start(10))) == inF3)
    #expect(t.outermostDepth == 0)
  }

  @Test("step over runs through calls, __init__ and the __del__s a collection runs")
  func stepOver() {
    let t = timeline
    func over(_ step: Int) -> Int? {
      let here = t.currentLine(at: start(step))!
      return t.nextLine(after: start(step), depthAtMost: here.depth)?.position
    }
    #expect(over(9) == start(24))
    #expect(over(10) == start(12))
    #expect(over(19) == start(22))
    // From inside a step too.
    #expect(t.nextLine(after: t.nextEvent(after: start(10)), depthAtMost: 1)?.position == start(12))
  }

  @Test("step out goes to the first line once the frame returned")
  func stepOut() {
    let t = timeline
    #expect(t.nextLine(after: start(11), depthAtMost: 1)?.position == start(12))
    #expect(t.nextLine(after: start(20), depthAtMost: 1)?.position == start(22))
    #expect(t.nextLine(after: start(12), depthAtMost: 0)?.position == start(24))
  }

  @Test("back finds where step over came from")
  func stepBack() {
    let t = timeline
    #expect(t.previousLine(before: start(12), depthAtMost: 1)?.position == start(10))
    #expect(t.previousLine(before: start(22), depthAtMost: 1)?.position == start(19))
    #expect(t.previousLine(before: start(24), depthAtMost: 0)?.position == start(9))
    #expect(t.previousLine(before: start(0), depthAtMost: 0) == nil)
  }

  @Test("a line's next run, or none")
  func nextRunOfALine() {
    let t = timeline
    #expect(t.nextRun(ofLine: 13, after: start(10))?.position == start(20))
    #expect(t.nextRun(ofLine: 13, after: start(20))?.position == start(21))
    #expect(t.nextRun(ofLine: 13, after: start(21)) == nil)
    #expect(t.nextRun(ofLine: 17, after: start(0))?.position == start(10))
  }

  @Test("stop K of a step is K presses of s from its start, and the state counts it")
  func stops() throws {
    let t = timeline
    for step in [0, 9, 19, 26, 27] {
      let count = t.stopCount(inStep: step)
      var pressed = start(step)
      for k in 0...count {
        #expect(t.position(ofStop: k, inStep: step) == pressed, "step \(step) stop \(k)")
        let state = t.state(at: pressed)
        #expect(state.stopInStep == k && state.step == step, "step \(step) stop \(k)")
        pressed = t.nextEvent(after: pressed)
      }
      #expect(t.position(ofStop: count + 1, inStep: step) == nil)
    }
    // The collection's phases are stops of step 19.
    let collecting = try #require(t.nextCollection(after: start(19)))
    #expect(t.state(at: collecting).step == 19 && t.state(at: collecting).stopInStep > 0)
    #expect(t.stopCount(inStep: 28) == 0)
  }
}
