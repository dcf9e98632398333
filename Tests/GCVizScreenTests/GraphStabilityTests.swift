import GCEngine
import GCVizKit
import GCVizTimeline
import Testing

@testable import GCVizScreen

/// Boxes keep their places from one line step to the next: a student who
/// steps through f2 sees objects come and go, not the picture reshuffled.
@Suite("The object graph from step to step")
struct GraphStabilityTests {
  /// Each object's box at a step, in a 120x40 screen's Objects panel, and
  /// the objects folded into counted boxes.
  static func boxes(_ state: RunState, _ context: ScreenContext) -> (boxes: [ObjectID: Rect], folded: Set<ObjectID>) {
    let scene = Scene(state: state, context: context, options: ScreenOptions())
    let view = ObjectsPanel.view(inside: ScreenLayout(width: 120, height: 40, frameLines: 1).objects.insetForText)
    let drawing = GraphDrawing(scene, viewWidth: view.width, viewHeight: view.height)
    var boxes: [ObjectID: Rect] = [:]
    for (i, box) in drawing.graph.boxes.enumerated() {
      if case .object(let id) = box.subject { boxes[id] = drawing.placement.boxes[i] }
    }
    return (boxes, Set(drawing.graph.folds.flatMap(\.members)))
  }

  /// Where what is folded changes (the heap outgrows its boxes, or a fold
  /// opens again) the layout has to change; everywhere else a few boxes at
  /// most move, and most steps move none.
  @Test("f2, line step by line step: a few boxes move at most, unless what is folded changes")
  func f2() throws {
    let r = try ScenarioSnapshotTests.recording("f2")
    let t = r.timeline
    let context = Screenshot.context(for: r)
    var previous: (boxes: [ObjectID: Rect], folded: Set<ObjectID>) = ([:], [])
    var still = 0
    var refolds = 0
    for step in 0..<t.lineCount {
      let now = Self.boxes(t.state(at: t.position(ofStep: step)), context)
      let moved = now.boxes.filter { id, box in previous.boxes[id].map { $0 != box } ?? false }
      // A new object folded as it comes changes nothing that was there.
      if now.folded.isSubset(of: previous.folded)
        || previous.folded.isSubset(of: now.folded)
          && now.folded.count - previous.folded.count <= 2
      {
        #expect(moved.count <= 5, "step \(step): \(moved.count) boxes moved")
      } else {
        refolds += 1
      }
      if moved.isEmpty { still += 1 }
      previous = now
    }
    #expect(refolds * 20 < t.lineCount, "\(refolds) refolds")
    // Most steps move nothing at all.
    #expect(still * 10 >= t.lineCount * 7)
  }

  @Test("a step shows the same graph however it is reached, in another recording too")
  func sameStepSamePicture() throws {
    let a = try ScenarioSnapshotTests.recording("f2-py3")
    let b = try ScenarioSnapshotTests.recording("f2-py3")
    let context = Screenshot.context(for: a)
    func panel(_ r: Recording, _ step: Int) -> Grid {
      Screen.objectsPanel(
        state: r.timeline.state(at: r.timeline.position(ofStep: step)), context: context, size: (120, 40),
        options: ScreenOptions())
    }
    // Forward in one, backward in the other.
    let steps = [30, 120, 200, 260]
    let forward = steps.map { panel(a, $0) }
    let backward = steps.reversed().map { panel(b, $0) }.reversed()
    #expect(forward == Array(backward))
  }
}
