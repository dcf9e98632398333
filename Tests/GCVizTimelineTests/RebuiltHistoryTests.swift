import GCEngine
import GCVizKit
import GCVizTimeline
import Testing

/// A timeline whose history bound drops entries, but which records a
/// dropped stretch again when asked (`HistoryRebuilder`): every step is
/// still there, the same as a timeline that kept everything.
@Suite("Rebuilt history")
struct RebuiltHistoryTests {
  /// `name` recorded whole, and recorded keeping only a fifth of its
  /// entries, with a rebuilder; both with a restart every `restartEvery`
  /// of its entries, if given.
  static func recordings(_ name: String, restartEvery: Int? = nil) throws -> (whole: Timeline, bounded: Timeline) {
    let scenario = try ScenarioLibrary.load(name)
    let p = try Runner.profile(for: scenario, override: nil)
    let limits = Recording.standardLimits
    let length = try Recording.record(scenario, profile: p, limits: limits).get().timeline.endPosition
    let spacing = restartEvery.map { length / $0 }
    let whole = try Recording.record(
      scenario, profile: p, limits: limits, timeline: Timeline(), restartSpacing: spacing
    ).get().timeline
    let bounded = Timeline(entryLimit: length / 5, checkpointInterval: 64)
    bounded.rebuilder = RunRebuilder(
      scenario, profile: p, limits: limits, workingDirectory: "/tmp", restartSpacing: spacing)
    _ = try Recording.record(scenario, profile: p, limits: limits, timeline: bounded, restartSpacing: spacing).get()
    return (whole, bounded)
  }

  @Test(
    "past the history bound, every step seeks to the state the whole recording has, at the same position",
    arguments: [nil, 10])
  func everyStepIsKept(restartEvery: Int?) throws {
    let (whole, bounded) = try Self.recordings("f2", restartEvery: restartEvery)
    #expect(bounded.restarts.count == (restartEvery == nil ? 0 : whole.restarts.count))
    // The old bound would have lost these steps.
    #expect(bounded.firstPosition > whole.endPosition / 2)
    #expect(bounded.position(ofStep: 10) < bounded.firstPosition)
    #expect(bounded.firstKeptStep == 0)
    #expect(bounded.lineCount == whole.lineCount)
    #expect(bounded.endPosition == whole.endPosition)
    for step in 0...whole.lineCount {
      let position = whole.position(ofStep: step)
      #expect(bounded.position(ofStep: step) == position, "step \(step)")
      if bounded.state(at: position) != whole.state(at: position) {
        Issue.record(
          "step \(step): \(RecordingFromStepTests.difference(bounded.state(at: position), whole.state(at: position)))")
        return
      }
    }
  }

  @Test(
    "past the history bound, playing entry by entry equals seeking, at every step", arguments: ["f2", "f3-py3"],
    [nil, 10])
  func seekEqualsPlayAcrossDroppedHistory(_ name: String, restartEvery: Int?) throws {
    let (_, bounded) = try Self.recordings(name, restartEvery: restartEvery)
    #expect(bounded.firstPosition > 0)
    expectSeekEqualsPlay(bounded, "bounded ")
  }

  @Test(
    "past the history bound, every event stop forward and back is the whole recording's", arguments: ["f2", "f3-py3"],
    [nil, 10])
  func eventStopsAcrossDroppedHistory(_ name: String, restartEvery: Int?) throws {
    let (whole, bounded) = try Self.recordings(name, restartEvery: restartEvery)
    #expect(bounded.firstPosition > 0)
    func stops(_ t: Timeline) -> (forward: [Int], backward: [Int]) {
      var forward: [Int] = []
      var p = t.position(ofStep: 0)
      while p < t.endPosition {
        forward.append(p)
        p = t.nextEvent(after: p)
      }
      var backward: [Int] = []
      while p > t.position(ofStep: 0) {
        p = t.previousEvent(before: p)
        backward.append(p)
      }
      return (forward, backward)
    }
    let (a, b) = (stops(whole), stops(bounded))
    #expect(a.forward == b.forward)
    #expect(a.backward == b.backward)
    #expect(
      bounded.previousCollection(before: bounded.endPosition) == whole.previousCollection(before: whole.endPosition))
    #expect(bounded.nextCollection(after: 0) == whole.nextCollection(after: 0))
    let start = try #require(whole.nextCollection(after: 0))
    #expect(bounded.collectionEnd(from: start) == whole.collectionEnd(from: start))
    let last = whole.position(ofStep: whole.lineCount - 1)
    #expect(bounded.previousLine(before: last, depthAtMost: 0) == whole.previousLine(before: last, depthAtMost: 0))
  }

  @Test("a rebuilt stretch holds exactly its window's entries, as first recorded")
  func windowHoldsItsEntries() throws {
    let (whole, bounded) = try Self.recordings("f2")
    let rebuilder = try #require(bounded.rebuilder)
    let window = try #require(rebuilder.rebuild(1_000..<1_500, fromStep: nil))
    #expect(window.firstPosition == 1_000)
    #expect(window.endPosition == 1_500)
    for p in [1_000, 1_001, 1_250, 1_499] {
      #expect(window.entry(before: p + 1) == whole.entry(before: p + 1), "position \(p)")
    }
    #expect(window.entry(before: 1_000) == nil)
    #expect(window.entry(before: 1_501) == nil)
    #expect(window.state(at: 1_200) == whole.state(at: 1_200))
  }

  @Test("a stretch from a restart, recorded asleep to its step, has the entries first recorded")
  func restartStretchesAreTheSame() throws {
    for scenario in ScenarioLibrary.all() {
      let p = try Runner.profile(for: scenario, override: nil)
      let limits = RunLimits(steps: 20_000)
      let length = try Recording.record(scenario, profile: p, limits: limits).get().timeline.endPosition
      let spacing = max(1, length / 8)
      let whole = try Recording.record(
        scenario, profile: p, limits: limits, timeline: Timeline(), restartSpacing: spacing
      ).get().timeline
      #expect(!whole.restarts.isEmpty, "\(scenario.name)")
      let rebuilder = RunRebuilder(
        scenario, profile: p, limits: limits, workingDirectory: "/tmp", restartSpacing: spacing)
      for (i, restart) in whole.restarts.enumerated() {
        let end = i + 1 < whole.restarts.count ? whole.restarts[i + 1].position : whole.endPosition
        let label = "\(scenario.name) from step \(restart.step)"
        guard let window = rebuilder.rebuild(restart.position..<end, fromStep: restart.step),
          window.firstPosition == restart.position, window.endPosition == end
        else {
          Issue.record("\(label): not rebuilt whole")
          break
        }
        #expect(window.state(at: restart.position) == whole.state(at: restart.position), "\(label)")
        if let p = (restart.position..<end).first(where: { window.entry(before: $0 + 1) != whole.entry(before: $0 + 1) }
        ) {
          Issue.record("\(label): entry \(p) differs")
          break
        }
      }
    }
  }

  @Test("restarts change no step's state, only positions")
  func restartsChangeNoState() throws {
    for name in ["f2", "f3-py3", "NodeCycle"] {
      let (plain, _) = try Self.recordings(name)
      let (restarted, _) = try Self.recordings(name, restartEvery: 10)
      #expect(restarted.restarts.count >= 2, "\(name)")
      #expect(restarted.lineCount == plain.lineCount)
      for step in 0...plain.lineCount {
        var a = RecordingFromStepTests.comparable(plain.state(at: plain.position(ofStep: step)))
        var b = RecordingFromStepTests.comparable(restarted.state(at: restarted.position(ofStep: step)))
        (a.position, b.position) = (0, 0)
        if a != b {
          Issue.record("\(name) step \(step): \(RecordingFromStepTests.difference(a, b))")
          break
        }
      }
    }
  }

  /// A rebuilder that cannot repeat the run, counting how often it is asked.
  final class FailingRebuilder: HistoryRebuilder {
    var calls = 0
    func rebuild(_ positions: Range<Int>, fromStep step: Int?) -> Timeline? {
      calls += 1
      return nil
    }
  }

  @Test("a run that cannot be rebuilt is asked once; its dropped steps show the first kept state")
  func failedRebuildIsNotRetried() throws {
    let scenario = try ScenarioLibrary.load("f2")
    let p = try Runner.profile(for: scenario, override: nil)
    let bounded = Timeline(entryLimit: 1_000, checkpointInterval: 64)
    let rebuilder = FailingRebuilder()
    bounded.rebuilder = rebuilder
    _ = try Recording.record(scenario, profile: p, timeline: bounded).get()
    #expect(bounded.firstPosition > 0)
    #expect(bounded.firstKeptStep == 0)
    let first = bounded.state(at: bounded.firstPosition)
    #expect(bounded.state(at: bounded.position(ofStep: 3)) == first)
    // From then on it is a timeline whose history starts later.
    #expect(bounded.firstKeptStep == first.step)
    #expect(bounded.firstReachablePosition == bounded.firstPosition)
    #expect(bounded.previousEvent(before: bounded.firstPosition + 1) == bounded.firstPosition)
    #expect(bounded.nextEvent(after: 0) > bounded.firstPosition)
    #expect(bounded.state(at: 0) == first)
    #expect(rebuilder.calls == 1)
  }

  @Test("a recording that slept to a step (render --step) rebuilds its dropped steps from there")
  func rebuiltAfterSleeping() throws {
    let scenario = try ScenarioLibrary.load("f2")
    let p = try Runner.profile(for: scenario, override: nil)
    let limits = Recording.standardLimits
    let whole = try Recording.record(scenario, profile: p, limits: limits, timeline: Timeline(), recordingFrom: 200)
      .get().timeline
    let bounded = Timeline(entryLimit: whole.endPosition / 5, checkpointInterval: 64)
    bounded.rebuilder = RunRebuilder(scenario, profile: p, limits: limits, workingDirectory: "/tmp", recordingFrom: 200)
    _ = try Recording.record(scenario, profile: p, limits: limits, timeline: bounded, recordingFrom: 200).get()
    #expect(bounded.startStep == whole.startStep)
    #expect(bounded.position(ofStep: whole.startStep + 10) < bounded.firstPosition)
    #expect(bounded.firstKeptStep == whole.startStep)
    for step in whole.startStep...whole.lineCount {
      let position = whole.position(ofStep: step)
      #expect(bounded.position(ofStep: step) == position)
      if bounded.state(at: position) != whole.state(at: position) {
        Issue.record(
          "step \(step): \(RecordingFromStepTests.difference(bounded.state(at: position), whole.state(at: position)))")
        return
      }
    }
  }
}
