import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTimeline
import SnapshotTesting
import Testing

/// The Objects panel alone, at telling moments of real scenarios: a change
/// in another panel re-records nothing here. `gcviz render SCENARIO --step
/// N` shows the same panel inside the whole screen.
@Suite("The object graph of real scenarios")
struct GraphSnapshotTests {
  typealias Shots = ScenarioSnapshotTests

  static func panel(_ state: RunState, _ context: ScreenContext, _ width: Int = 120, _ height: Int = 40) -> String {
    TextWriter.write(
      Screen.objectsPanel(state: state, context: context, size: (width, height), options: ScreenOptions()))
  }

  /// The first stop where `condition` holds (lines and finer stops).
  static func stop(_ t: Timeline, where condition: (RunState) -> Bool) throws -> RunState {
    var p = t.position(ofStep: 0)
    while p < t.endPosition {
      if condition(t.state(at: p)) { return t.state(at: p) }
      p = t.nextEvent(after: p)
    }
    Issue.record("no such stop")
    throw CancellationError()
  }

  /// In the middle of the first collection that finds a `type` object
  /// unreachable: the end of its move_unreachable phase.
  static func midCollection(_ t: Timeline, finding type: String = "ClassA") throws -> RunState {
    var p = t.position(ofStep: 0)
    var phase: CollectionPhase?
    var found: RunState?
    while p < t.endPosition {
      let state = t.state(at: p)
      if case .phase(let next)? = state.lastEvent {
        if phase == .moveUnreachable, found != nil { break }
        phase = next
      }
      if state.collection == nil { phase = nil }
      if phase == .moveUnreachable,
        state.objects.values.contains(where: { $0.mark == .unreachable && $0.typeName == type })
      {
        found = state
      }
      p = t.nextEvent(after: p)
    }
    return try #require(found)
  }

  @Test func f1() throws {
    let r = try Shots.recording("f1")
    let state = r.timeline.state(at: r.timeline.position(ofStep: r.timeline.lineCount / 2))
    assertSnapshot(of: Self.panel(state, Screenshot.context(for: r)), as: .lines)
  }

  @Test func f2MidCollection() throws {
    let r = try Shots.recording("f2")
    let state = try Self.midCollection(r.timeline)
    let context = Screenshot.context(for: r)
    assertSnapshot(of: Self.panel(state, context), as: .lines, named: "120x40")
    assertSnapshot(of: Self.panel(state, context, 80, 24), as: .lines, named: "80x24")
    assertSnapshot(of: Self.panel(state, context, 200, 60), as: .lines, named: "200x60")
  }

  @Test func f3MidCollection() throws {
    let r = try Shots.recording("f3")
    assertSnapshot(of: Self.panel(try Self.midCollection(r.timeline), Screenshot.context(for: r)), as: .lines)
  }

  /// The cycle with `__del__` parked in gc.garbage, held by it as by a name.
  @Test func delCycleInGarbage() throws {
    let r = try Shots.recording("del-cycle")
    let state = try Self.stop(r.timeline) { state in
      state.lastEvent == nil && state.objects.values.contains { $0.inGarbage }
    }
    assertSnapshot(of: Self.panel(state, Screenshot.context(for: r)), as: .lines)
  }

  /// `l.append(l)`: a list whose first slot points at itself.
  @Test func listSelf() throws {
    let r = try Shots.recording("list-self")
    let state = try Self.stop(r.timeline) { state in
      state.lastEvent == nil
        && state.objects.values.contains { o in o.kind == .list && o.references.contains { $0.target == o.id } }
    }
    assertSnapshot(of: Self.panel(state, Screenshot.context(for: r)), as: .lines)
  }

  /// The two leaked nodes after main returned: a loop of boxes.
  @Test func nodeCycleEnd() throws {
    let r = try Shots.recording("NodeCycle")
    assertSnapshot(of: Self.panel(r.timeline.latest, Screenshot.context(for: r)), as: .lines)
  }

  /// Trial deletion: both nodes grey, counts trial-decremented to 0.
  @Test func nodeCycleCollectedGrey() throws {
    let r = try Shots.recording("NodeCycleCollected")
    let state = try Self.stop(r.timeline) { state in
      state.objects.count == 2 && state.objects.values.allSatisfy { $0.trialColor == .gray && $0.refcount == 0 }
    }
    assertSnapshot(of: Self.panel(state, Screenshot.context(for: r)), as: .lines)
  }

  /// A heap of 1,000 objects: what fits gets boxes, the rest is folded and
  /// said to be.
  @Test func thousandObjects() {
    var state = Fixtures.bigHeap()
    for id in Array(state.objects.keys) where state.objects[id]!.serial > 1_000 { state.objects[id] = nil }
    let kept = Set(state.objects.keys)
    for id in kept { state.objects[id]!.references.removeAll { !kept.contains($0.target) } }
    #expect(state.objects.count == 1_000)
    assertSnapshot(of: Self.panel(state, Fixtures.context), as: .lines)
  }
}
