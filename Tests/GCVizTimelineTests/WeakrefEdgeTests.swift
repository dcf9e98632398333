import GCEngine
import GCVizKit
import GCVizTimeline
import Testing

/// A weakref's `ref` edge lives exactly as long as its referent: when the
/// referent dies (by refcount or in a collection) the engine clears the
/// weakref and the recorded state drops the edge.
@Suite("Weakref edges")
struct WeakrefEdgeTests {
  /// The state with `line` about to run (the first such step).
  func state(_ t: Timeline, aboutToRun line: Int) throws -> RunState {
    try #require(
      (0...t.lineCount).lazy.map { t.state(at: t.position(ofStep: $0)) }.first { $0.line == line },
      "line \(line) never runs")
  }

  /// The `ref` edges of the weakref objects in `state`.
  func weakEdges(_ state: RunState) -> [Reference] {
    state.objects.values.filter { $0.kind == .weakref }.flatMap { $0.references.filter { $0.label == "ref" } }
  }

  /// At every line step, every weak edge goes to an object of that state.
  /// (Strong edges may not: a list being deallocated still holds the items
  /// it already released while an item's `__del__` runs, as CPython's does.)
  func expectNoDanglingWeakEdges(_ t: Timeline, _ label: String) {
    for step in 0...t.lineCount {
      let state = t.state(at: t.position(ofStep: step))
      for object in state.objects.values {
        for reference in object.references where reference.isWeak && state.objects[reference.target] == nil {
          Issue.record("\(label) step \(step): #\(object.serial) \(reference.label) -> a freed object")
        }
      }
    }
  }

  @Test(
    "del of the referent: the weakref had its edge before and has none after", arguments: ["cpython2.7", "cpython3.11"])
  func refcountDeath(profile: String) throws {
    let (r, _) = try recorded(
      source: """
        import weakref
        class A:
            pass
        a = A()
        w = weakref.ref(a)
        del a
        print(w() is None)
        """, profile: profile)
    let t = r.timeline
    let before = try state(t, aboutToRun: 6)
    let a = try #require(before.objects.values.first { $0.typeName == "A" })
    let edges = weakEdges(before)
    #expect(edges.count == 1)
    #expect(edges.first?.target == a.id)
    #expect(edges.first?.isWeak == true)

    let after = try state(t, aboutToRun: 7)
    #expect(!after.objects.values.contains { $0.typeName == "A" })
    #expect(after.objects.values.contains { $0.kind == .weakref }, "the weakref itself is still alive")
    #expect(weakEdges(after).isEmpty)
    #expect(t.latest.visibleOutput.map(\.text) == ["True"])
    expectNoDanglingWeakEdges(t, profile)
  }

  @Test("a referent freed by a collection: the weakref's edge goes with it", arguments: ["cpython2.7", "cpython3.11"])
  func collectedReferent(profile: String) throws {
    let (r, _) = try recorded(
      source: """
        import gc
        import weakref
        class A:
            pass
        a = A()
        a.me = a
        w = weakref.ref(a)
        del a
        gc.collect()
        print(w() is None)
        """, profile: profile)
    let t = r.timeline
    let before = try state(t, aboutToRun: 9)
    let a = try #require(before.objects.values.first { $0.typeName == "A" })
    #expect(weakEdges(before).map(\.target) == [a.id])

    let after = try state(t, aboutToRun: 10)
    #expect(!after.objects.values.contains { $0.typeName == "A" })
    #expect(after.objects.values.contains { $0.kind == .weakref })
    #expect(weakEdges(after).isEmpty)
    #expect(t.latest.visibleOutput.map(\.text) == ["True"])
    expectNoDanglingWeakEdges(t, profile)
  }

  @Test(
    "the weakref scenarios never show a weak edge to a freed object", arguments: ["weakref-parent", "weakref-callback"])
  func scenarios(name: String) throws {
    let r = try recorded(name)
    expectNoDanglingWeakEdges(r.timeline, name)
  }
}
