import GCEngine
import GCVizKit
import GCVizTimeline
import Testing

@Suite("Timeline of a Java scenario")
struct JavaTimelineTests {
  @Test("seeking equals playing; every stop forward is a stop backward; an instruction is a stop")
  func seekAndStep() throws {
    let r = try recorded("NodeCycleCollected")
    let t = r.timeline
    expectSeekEqualsPlay(t, "NodeCycleCollected ")
    var forward: [Int] = [0]
    while forward.last! < t.endPosition { forward.append(t.nextEvent(after: forward.last!)) }
    var backward: [Int] = [t.endPosition]
    while backward.last! > 0 { backward.append(t.previousEvent(before: backward.last!)) }
    #expect(forward == backward.reversed())
    // `Node A = new Node();` is new, dup, invokespecial (a frame of its
    // own), astore_1: the line stop, then a stop per instruction after it.
    let line10 = t.position(ofStep: 0)
    var pointers: [Int] = []
    var p = line10
    while p < t.endPosition, pointers.count < 4 {
      if t.entry(before: p) == .instruction || t.entry(before: p)!.isLine,
        let pointer = t.state(at: p).frames.last?.instruction, t.state(at: p).frames.count == 1
      {
        pointers.append(pointer.index)
      }
      p = t.nextEvent(after: p)
    }
    #expect(pointers == [0, 1, 2, 3])
  }

  @Test("a live recording of a Java scenario stops when cancelled, at its next line")
  func cancel() throws {
    let scenario = try ScenarioLibrary.load("LinkedListFree")
    let live = LiveRecording(scenario, profile: .jvmRC, entryLimit: 2_000, lookahead: 1_000)
    live.start()
    live.cancel()
    #expect(live.waitUntilComplete(seconds: 30))
    #expect(live.read { $0.latest.ending } == .stopped(message: "stopped"))
  }
}
