import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTimeline
import SnapshotTesting
import Testing

/// Whole screens of the Java scenarios on the toy JVM, recorded for real
/// at telling moments (`gcviz render NodeCycle --step N` prints the same
/// text at line steps), and what those screens must agree with.
@Suite("Screens of Java scenarios")
struct JavaScreenTests {
  typealias Shots = ScenarioSnapshotTests

  /// The first stop (line or instruction) where `condition` holds.
  static func stop(_ t: Timeline, from: Int = 0, where condition: (RunState) -> Bool) throws -> Int {
    var p = from
    while p < t.endPosition {
      if condition(t.state(at: p)) { return p }
      p = t.nextEvent(after: p)
    }
    Issue.record("no such stop")
    throw CancellationError()
  }

  /// The innermost frame's next instruction's text, at a stop.
  static func nextInstruction(_ state: RunState, _ context: ScreenContext) -> String? {
    guard let pointer = state.frames.last?.instruction else { return nil }
    return context.bytecode?[pointer.method].instructions[pointer.index].text
  }

  @Test("NodeCycle: the putfield that closes the cycle, the two nulls, the leak at the end")
  func nodeCycle() throws {
    let r = try Shots.recording("NodeCycle")
    let t = r.timeline
    let context = Screenshot.context(for: r)
    // `B.other = A`: A and B on the operand stack, putfield about to run.
    let closing = try Self.stop(t) {
      $0.line == 13 && Self.nextInstruction($0, context) == "putfield Node.other"
    }
    #expect(t.state(at: closing).frames.last?.stack.count == 2)
    assertSnapshot(of: Shots.screen(r, position: closing, 120, 40), as: .lines, named: "putfield-120x40")
    let leaked = t.position(ofStep: 9)
    assertSnapshot(of: Shots.screen(r, position: leaked, 80, 24), as: .lines, named: "after-nulls-80x24")
    assertSnapshot(of: Shots.screen(r, position: t.endPosition, 101, 33), as: .lines, named: "end-101x33")
    #expect(Screenshot.render(r, step: 9, width: 80, height: 24) == Shots.screen(r, position: leaked, 80, 24))
  }

  @Test("NodeCycleCollected: purple roots, grey after the trial decrements, white after the scan, freed")
  func trialDeletion() throws {
    let r = try Shots.recording("NodeCycleCollected")
    let t = r.timeline
    let start = try #require(t.nextCollection(after: 0))
    let before = t.position(ofStep: t.state(at: start).step)
    #expect(t.state(at: before).objects.values.allSatisfy { $0.trialColor == .purple && $0.isBuffered })
    assertSnapshot(of: Shots.screen(r, position: before, 120, 40), as: .lines, named: "purple-120x40")
    let grey = try Self.stop(t, from: start) { state in
      state.objects.count == 2 && state.objects.values.allSatisfy { $0.trialColor == .gray && $0.refcount == 0 }
    }
    assertSnapshot(of: Shots.screen(r, position: grey, 120, 40), as: .lines, named: "grey-120x40")
    let white = try Self.stop(t, from: grey) { state in
      state.objects.count == 2 && state.objects.values.allSatisfy { $0.trialColor == .white }
    }
    #expect(t.state(at: white).collection?.trialPhase == .scanRoots)
    assertSnapshot(of: Shots.screen(r, position: white, 80, 24), as: .lines, named: "white-80x24")
    assertSnapshot(of: Shots.screen(r, position: t.endPosition, 101, 33), as: .lines, named: "end-101x33")
  }

  @Test("PassAndReturn: three frames, each with its locals and operand stack")
  func callFrames() throws {
    let r = try Shots.recording("PassAndReturn")
    let t = r.timeline
    // link(a, b): its frame holds from and to; `from.other = to` runs.
    let inLink = try Self.stop(t) {
      $0.frames.count == 2 && $0.frames[1].function == "link()" && $0.frames[1].stack.count == 2
    }
    assertSnapshot(of: Shots.screen(r, position: inLink, 120, 40), as: .lines, named: "link-120x40")
  }

  @Test("LinkedListFree: one store of null, the Free cascade mid-way, folded")
  func freeCascade() throws {
    let r = try Shots.recording("LinkedListFree")
    let t = r.timeline
    let store = try #require(
      (0..<t.lineCount).reversed().lazy.map { t.position(ofStep: $0) }.first { t.state(at: $0).line == 21 })
    // Freed one `freed` event at a time: halfway, 500 nodes are left.
    let half = try Self.stop(t, from: store) { $0.objects.count == 500 }
    assertSnapshot(of: Shots.screen(r, position: half, 120, 40), as: .lines, named: "cascade-120x40")
  }

  @Test("the inspector on a leaked node: held only by the other node, no path from a root")
  func inspector() throws {
    let r = try Shots.recording("NodeCycle")
    let t = r.timeline
    let state = t.state(at: t.position(ofStep: 9))
    let node = try #require(state.objects.values.first { $0.serial == 1 })
    let grid = Screen.render(
      state: state, context: Screenshot.context(for: r), size: (120, 40), options: ScreenOptions(inspecting: node.id))
    assertSnapshot(of: TextWriter.write(grid), as: .lines, named: "inspector-120x40")
  }

  /// At every line and instruction stop of every Java scenario, each
  /// count on screen equals the slots on screen that hold the object:
  /// locals, operand stacks, statics and other objects' fields and
  /// elements (the toy JVM's rule, seen through the recording). And the
  /// marked instruction is on the marked source line.
  @Test(
    "every count the screen shows equals the slots it shows holding the object",
    arguments: ["NodeCycle", "NodeCycleCollected", "PassAndReturn", "NodeArray", "SelfReference", "StaticRoot"])
  func countsEqualSlots(_ name: String) throws {
    let r = try Shots.recording(name)
    let t = r.timeline
    let context = Screenshot.context(for: r)
    var p = 0
    var stops = 0
    while p < t.endPosition {
      p = t.nextEvent(after: p)
      guard let entry = t.entry(before: p), entry == .instruction || entry.isLine else { continue }
      let state = t.state(at: p)
      guard state.collection == nil else { continue }
      stops += 1
      var held: [ObjectID: Int] = [:]
      for frame in state.frames {
        for case .object(let id) in frame.variables.map(\.value) + frame.stack { held[id, default: 0] += 1 }
      }
      for object in state.objects.values {
        for reference in object.references { held[reference.target, default: 0] += 1 }
      }
      for object in state.objects.values {
        #expect(object.refcount == held[object.id, default: 0], "\(name) at \(p): #\(object.serial)")
      }
      if let frame = state.frames.last, let pointer = frame.instruction, let code = context.bytecode {
        #expect(code[pointer.method].instructions[pointer.index].line == frame.line, "\(name) at \(p)")
      }
    }
    #expect(stops > 20)
  }
}

extension JavaScreenTests {
  @Test("the help overlay on a Java scenario: its keys and trial deletion's colours")
  func help() throws {
    let r = try Shots.recording("NodeCycleCollected")
    let grid = Screen.render(
      state: r.timeline.state(at: r.timeline.position(ofStep: 3)), context: Screenshot.context(for: r),
      size: (120, 40), options: ScreenOptions(helpVisible: true))
    assertSnapshot(of: TextWriter.write(grid), as: .lines, named: "help-120x40")
  }
}
