import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTimeline
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
}
