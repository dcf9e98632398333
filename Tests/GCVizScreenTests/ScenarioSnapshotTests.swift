import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTimeline
import SnapshotTesting
import Testing

/// Whole screens of the seed scenarios, recorded for real, at telling
/// moments: just before the first collection, in the middle of it (after
/// move_unreachable has marked the garbage), just after it, and the end.
/// `gcviz render SCENARIO --step N --size WxH` prints the same text.
@Suite("Screens of real scenarios")
struct ScenarioSnapshotTests {
  static func recording(_ name: String) throws -> Recording {
    var scenario = try ScenarioLibrary.load(name)
    // `__file__` is the path (the inspector shows it): the same in every
    // checkout.
    scenario.path = "scenarios/" + URL(fileURLWithPath: scenario.path).lastPathComponent
    let profile = try Runner.profile(for: scenario, override: nil)
    return try Recording.record(scenario, profile: profile).get()
  }

  static func screen(_ r: Recording, position: Int, _ width: Int, _ height: Int) -> String {
    let grid = Screen.render(
      state: r.timeline.state(at: position), context: Screenshot.context(for: r), size: (width, height),
      options: ScreenOptions())
    return TextWriter.write(grid)
  }

  /// Snapshots around the first collection (or, without one, mid-run and
  /// at the end).
  static func check(_ name: String) throws {
    let r = try recording(name)
    let t = r.timeline
    guard let start = t.nextCollection(after: t.position(ofStep: 0)), t.state(at: start).ending == nil else {
      let middle = t.position(ofStep: t.lineCount / 2)
      assertSnapshot(of: screen(r, position: middle, 120, 40), as: .lines, named: "middle-120x40", testName: name)
      assertSnapshot(of: screen(r, position: middle, 80, 24), as: .lines, named: "middle-80x24", testName: name)
      assertSnapshot(of: screen(r, position: t.endPosition, 101, 33), as: .lines, named: "end-101x33", testName: name)
      return
    }
    let step = t.state(at: start).step
    let before = t.position(ofStep: step)
    var middle = start
    while middle < t.endPosition, t.state(at: middle).lastEvent != .phase(.moveUnreachable) {
      middle = t.nextEvent(after: middle)
    }
    #expect(t.state(at: middle).collection != nil)
    // The Screenshot path (what `gcviz render --step` uses) agrees.
    #expect(
      Screenshot.render(r, step: step, width: 120, height: 40) == screen(r, position: before, 120, 40))
    assertSnapshot(of: screen(r, position: before, 120, 40), as: .lines, named: "before-gc-120x40", testName: name)
    assertSnapshot(of: screen(r, position: middle, 120, 40), as: .lines, named: "mid-gc-120x40", testName: name)
    assertSnapshot(of: screen(r, position: middle, 80, 24), as: .lines, named: "mid-gc-80x24", testName: name)
    assertSnapshot(
      of: screen(r, position: t.position(ofStep: step + 1), 120, 40), as: .lines, named: "after-gc-120x40",
      testName: name)
    assertSnapshot(
      of: screen(r, position: t.position(ofStep: step + 1), 101, 33), as: .lines, named: "after-gc-101x33",
      testName: name)
  }

  /// The first collection that finds a ClassA cycle garbage, at the end of its
  /// move_unreachable phase: the cycle red, gc_refs 0 (the README's
  /// screenshot).
  static func checkCycle(_ name: String) throws {
    let r = try recording(name)
    let t = r.timeline
    var position = t.position(ofStep: 0)
    while let start = t.nextCollection(after: position) {
      var found: Int?
      var inMoveUnreachable = false
      var p = start
      while p < t.endPosition {
        let state = t.state(at: p)
        if state.collection == nil { break }
        if case .phase(let phase)? = state.lastEvent {
          if inMoveUnreachable && phase != .moveUnreachable { break }
          inMoveUnreachable = phase == .moveUnreachable
        }
        if inMoveUnreachable,
          state.objects.values.contains(where: { $0.mark == .unreachable && $0.typeName == "ClassA" })
        {
          found = p
        }
        p = t.nextEvent(after: p)
      }
      if let found {
        // `gcviz render --step N --stop K` names this screen (the README's).
        let state = t.state(at: found)
        #expect(t.position(ofStop: state.stopInStep, inStep: state.step) == found)
        assertSnapshot(of: screen(r, position: found, 120, 40), as: .lines, named: "cycle-gc-120x40", testName: name)
        return
      }
      position = start
    }
    Issue.record("\(name): no collection found garbage")
  }

  /// Enter on a ClassA instance of f2 under 2.7, once `del c1` ran: held
  /// only through the other instance's `t`, which is an entry of that
  /// instance's hidden `__dict__`. With `d` off the inspector shows the
  /// attribute (`t`), with `d` on the `__dict__` objects themselves.
  @Test func inspectorOnA27Instance() throws {
    let r = try Self.recording("f2")
    let t = r.timeline
    let state = try #require(
      (0..<t.lineCount).lazy.map { t.state(at: t.position(ofStep: $0)) }.first { $0.line == 25 })
    guard case .object(let c2)? = state.frames.last?.variables.first(where: { $0.name == "c2" })?.value,
      let held = state.objects[c2]?.references.first(where: { $0.label == "t" })?.target
    else {
      Issue.record("no c2.t at `del c2`")
      return
    }
    for (showHidden, name) in [(false, "inspector-2.7-instance"), (true, "inspector-2.7-instance-hidden-shown")] {
      let grid = Screen.render(
        state: state, context: Screenshot.context(for: r), size: (120, 40),
        options: ScreenOptions(showHidden: showHidden, inspecting: held))
      assertSnapshot(of: TextWriter.write(grid), as: .lines, named: name, testName: "f2")
    }
  }

  /// The README's screenshot is this snapshot: when the screen changes,
  /// both change together (trailing blanks aside).
  @Test func readmeShowsTheCycleSnapshot() throws {
    let here = #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    let root = here.dropLast(2).joined(separator: "/")
    let snapshot = here.joined(separator: "/") + "/__Snapshots__/ScenarioSnapshotTests/f2.cycle-gc-120x40.txt"
    func lines(_ text: String) -> [String] {
      text.split(separator: "\n", omittingEmptySubsequences: false).map {
        String($0.reversed().drop { $0 == " " }.reversed())
      }
    }
    let readme = lines(try String(contentsOfFile: root + "/README.md", encoding: .utf8))
    let named = try #require(readme.firstIndex { $0.contains("f2.cycle-gc-120x40.txt") })
    let open = try #require(readme[named...].firstIndex { $0.hasPrefix("```") })
    let close = try #require(readme[(open + 1)...].firstIndex { $0.hasPrefix("```") })
    var shot = lines(try String(contentsOfFile: snapshot, encoding: .utf8))
    while shot.last == "" { shot.removeLast() }
    #expect(Array(readme[(open + 1)..<close]) == shot)
    // The command the README gives for it prints it: its step and stop are the title's.
    let title = try #require(shot.first?.firstMatch(of: /step ([0-9,]+)\/[0-9,]+ · stop ([0-9,]+)/))
    let command = "gcviz render f2 --step \(title.1.filter(\.isNumber)) --stop \(title.2.filter(\.isNumber))"
    #expect(readme.joined(separator: " ").contains(command), "the README should say `\(command)`")
  }

  @Test func f2CyclePython2() throws { try Self.checkCycle("f2") }
  @Test func f2CyclePython3() throws { try Self.checkCycle("f2-py3") }
  @Test func f1Python2() throws { try Self.check("f1") }
  @Test func f1Python3() throws { try Self.check("f1-py3") }
  @Test func f2Python2() throws { try Self.check("f2") }
  @Test func f2Python3() throws { try Self.check("f2-py3") }
  @Test func f3Python2() throws { try Self.check("f3") }
  @Test func f3Python3() throws { try Self.check("f3-py3") }
}
