import GCEngine
import GCVizKit
import GCVizTimeline
import Testing

/// A recording may run the steps before one without recording them and
/// start its timeline with the whole state there (`render --step N`, and
/// `--end`). Every step from there on must be the state a recording from
/// the start gives.
@Suite("Recording from a step")
struct RecordingFromStepTests {
  /// Which parts of two states differ (for the failure message).
  static func difference(_ a: RunState, _ b: RunState) -> String {
    var parts: [String] = []
    if a.lineStep != b.lineStep || a.line != b.line || a.column != b.column { parts.append("line") }
    if a.recentLines != b.recentLines { parts.append("recent lines") }
    if a.objects != b.objects {
      let ids = Set(a.objects.keys).symmetricDifference(b.objects.keys)
      let changed = a.objects.keys.filter { b.objects[$0] != nil && a.objects[$0] != b.objects[$0] }
      var fields: [String] = []
      if let id = changed.first, let x = a.objects[id], let y = b.objects[id] {
        fields.append("\(x.kind) serial \(x.serial)")
        for (l, r) in zip(Mirror(reflecting: x).children, Mirror(reflecting: y).children)
        where String(describing: l.value) != String(describing: r.value) {
          fields.append(
            "\(l.label ?? "?"): \(String(describing: l.value).prefix(300)) vs \(String(describing: r.value).prefix(300))"
          )
        }
      }
      parts.append(
        "objects (\(ids.count) only in one: \(Array(ids.prefix(3))), \(changed.count) differing: \(Array(changed.prefix(3))) \(fields))"
      )
    }
    if a.frames != b.frames { parts.append("frames") }
    if a.counters != b.counters { parts.append("counters") }
    if a.output != b.output || a.pendingStdout != b.pendingStdout || a.pendingStderr != b.pendingStderr {
      parts.append("output")
    }
    if a.memory != b.memory {
      parts.append("memory chart (\(a.memory.last.map { "\($0)" } ?? "") vs \(b.memory.last.map { "\($0)" } ?? ""))")
    }
    if a.collection != b.collection { parts.append("collection") }
    if a.lastEvent != b.lastEvent {
      parts.append("last event (\(String(describing: a.lastEvent)) vs \(String(describing: b.lastEvent)))")
    }
    if a.firstKeptLineStep != b.firstKeptLineStep || a.ending != b.ending { parts.append("history or ending") }
    return parts.joined(separator: ", ")
  }

  /// `state` without the references of 2.7 frame objects: their items are
  /// a copy of the frame's locals and stack that the collector reads,
  /// refreshed only at each collection, so an edge recorded then outlives
  /// its target (and may point at the next object made at its id), where a
  /// state read later has none. Hidden objects: the graph draws neither.
  static func comparable(_ state: RunState) -> RunState {
    var result = state
    for (id, object) in state.objects where object.kind == .frame { result.objects[id]?.references = [] }
    return result
  }

  /// Records `scenario` from `step` and compares the first `count` steps
  /// it has with `whole`, a recording from the start.
  static func expectSame(
    _ scenario: Scenario, _ profile: Profile, from step: Int, as whole: Timeline, count: Int = 30,
    limits: RunLimits = RunLimits(steps: 20_000)
  ) throws {
    let t = try Recording.record(
      scenario, profile: profile, limits: limits, timeline: Timeline(), recordingFrom: step
    ).get().timeline
    let label = "\(scenario.name) \(profile.name) from \(step)"
    #expect(t.lineCount == whole.lineCount, "\(label)")
    #expect(t.startStep >= min(step, whole.lineCount), "\(label)")
    #expect(t.firstKeptStep == t.startStep, "\(label)")
    for s in t.startStep...min(t.startStep + count, t.lineCount) {
      var a = Self.comparable(t.state(at: t.position(ofStep: s)))
      var b = Self.comparable(whole.state(at: whole.position(ofStep: s)))
      a.position = 0
      b.position = 0
      if a != b {
        Issue.record("\(label): step \(s) differs in \(difference(a, b))")
        return
      }
    }
  }

  @Test("every built-in scenario, started at steps through its run, equals it recorded whole")
  func builtInScenarios() throws {
    for scenario in ScenarioLibrary.all() {
      let p = try Runner.profile(for: scenario, override: nil)
      let whole = try Recording.record(scenario, profile: p, limits: RunLimits(steps: 20_000), timeline: Timeline())
        .get().timeline
      let n = whole.lineCount
      for step in Set([1, 2, n / 3, n / 2, n - 3, n - 1, n, n + 10]) where step > 0 {
        try Self.expectSame(scenario, p, from: step, as: whole)
      }
    }
  }

  @Test("containers, globals and collections started at every tenth step", arguments: ["cpython2.7", "cpython3.11"])
  func containers(_ profile: String) throws {
    let scenario = Scenario(name: "slots", path: "slots.py", source: SlotEditTests.containers)
    let p = try Runner.profile(for: scenario, override: profile)
    let whole = try Recording.record(scenario, profile: p, timeline: Timeline()).get().timeline
    for step in stride(from: 7, through: whole.lineCount, by: 10) {
      try Self.expectSame(scenario, p, from: step, as: whole, count: 12)
    }
  }

  @Test("from Int.max: the timeline is the end's state alone")
  func fromTheEnd() throws {
    let scenario = try ScenarioLibrary.load("f2")
    let p = try Runner.profile(for: scenario, override: nil)
    let whole = try Recording.record(scenario, profile: p, timeline: Timeline()).get().timeline
    let end = try Recording.record(scenario, profile: p, timeline: Timeline(), recordingFrom: .max).get().timeline
    #expect(end.startStep == whole.lineCount)
    #expect(end.endPosition <= 3)
    var a = end.latest
    var b = whole.latest
    a.position = 0
    b.position = 0
    #expect(a == b, "\(Self.difference(a, b))")
  }
}
