import GCEngine
import GCVizKit
import GCVizTimeline
import PythonFrontEnd
import PythonRuntime
import Testing

/// Records a built-in scenario (or source text) under a profile.
func recorded(_ name: String, profile: String? = nil, maxSteps: Int = 1_000_000, timeline: Timeline = Timeline())
  throws -> Recording
{
  let scenario = try ScenarioLibrary.load(name)
  let p = try Runner.profile(for: scenario, override: profile)
  return try Recording.record(scenario, profile: p, limits: RunLimits(steps: maxSteps), timeline: timeline).get()
}

func recorded(
  source: String, profile: String = "cpython3.11", maxSteps: Int = 1_000_000, timeline: Timeline = Timeline()
) throws -> (Recording, Interpreter) {
  let scenario = Scenario(name: "test", path: "test.py", source: source)
  let p = try Runner.profile(for: scenario, override: profile)
  final class Keep: @unchecked Sendable { var interpreter: Interpreter? }
  let keep = Keep()
  let recording = try Recording.record(
    scenario, profile: p, limits: RunLimits(steps: maxSteps), timeline: timeline,
    prepare: { keep.interpreter = $0 as? Interpreter }
  ).get()
  return (recording, keep.interpreter!)
}

/// Plays `t` entry by entry and checks that at every line step the state
/// equals a seek to that step; `check` sees each step's played state.
func expectSeekEqualsPlay(_ t: Timeline, _ label: String = "", check: (Int, RunState) -> Void = { _, _ in }) {
  var played = RunState()
  var position = 0
  for step in 0...t.lineCount {
    let target = t.position(ofStep: step)
    while position < target {
      played.apply(t.entry(before: position + 1)!)
      position += 1
    }
    #expect(t.state(at: target) == played, "\(label)step \(step)")
    check(step, played)
  }
}

@Suite("Timeline")
struct TimelineTests {
  @Test("seeking to a step equals playing to it, at every step of f2")
  func seekEqualsPlay() throws {
    let r = try recorded("f2")
    let t = r.timeline
    #expect(t.lineCount > 20)
    expectSeekEqualsPlay(t) { step, played in
      #expect(played.step == step || step == t.lineCount)
    }
  }

  @Test("every event stop, forward and back, shows the state playing gives")
  func eventGrain() throws {
    let r = try recorded("f3-py3")
    let t = r.timeline
    var forward: [Int] = []
    var p = t.position(ofStep: 0)
    while p < t.endPosition {
      forward.append(p)
      p = t.nextEvent(after: p)
    }
    #expect(forward.count > t.lineCount)
    var backward: [Int] = []
    p = t.endPosition
    while p > t.position(ofStep: 0) {
      p = t.previousEvent(before: p)
      backward.append(p)
    }
    #expect(Array(backward.reversed()) == forward)
    var played = RunState()
    var position = 0
    for stop in forward {
      while position < stop {
        played.apply(t.entry(before: position + 1)!)
        position += 1
      }
      #expect(t.state(at: stop) == played)
    }
  }

  @Test("the last state's objects are the heap's live objects, with the heap's refcounts")
  func finalStateMatchesHeap() throws {
    let (r, interpreter) = try recorded(
      source: """
        class A:
            pass
        a = A()
        b = A()
        a.t = b
        b.t = a
        l = [a, b, 3]
        d = {'x': a}
        del b
        """)
    let heap = interpreter.heap
    let state = r.timeline.latest
    for object in state.objects.values {
      #expect(heap.isAlive(object.id))
      #expect(object.refcount == heap.refcount(object.id), "\(object.typeName) #\(object.serial)")
    }
    // Before the last line (`del b`) runs: module teardown has not yet
    // dropped the globals.
    let t = r.timeline
    let before = t.state(at: t.position(ofStep: t.lineCount - 1))
    #expect(before.line == 9)
    let a = try #require(
      before.objects.values.first { $0.typeName == "A" && $0.references.contains { $0.label == "t" } })
    #expect(a.references.map(\.label).contains("t"))
    let list = try #require(
      before.objects.values.first { $0.kind == .list && !$0.isHidden })
    #expect(list.references.map(\.label) == ["[0]", "[1]"])
  }

  @Test("a growing container is recorded as edits: linear storage, seek equals play, the end equals the heap")
  func containerEdits() throws {
    for profile in ["cpython2.7", "cpython3.11"] {
      let (r, interpreter) = try recorded(
        source: """
          class X(object):
              pass
          items = []
          i = 0
          while i < 300:
              items.append(X())
              i += 1
          items[5] = X()
          items.insert(0, X())
          items.pop()
          del items[10]
          o = X()
          o.a0 = items[0]
          o.a1 = items[1]
          o.a2 = items[2]
          o.a3 = items[3]
          o.a4 = items[4]
          o.a5 = items[5]
          o.a6 = items[6]
          o.a7 = items[7]
          o.a8 = items[8]
          o.a9 = items[9]
          o.a10 = items[10]
          o.a11 = items[11]
          o.a3 = None
          done = True
          """, profile: profile)
      let t = r.timeline
      // Storage: about one reference per change, not the whole list each time.
      var stored = 0
      for position in 1...t.position(ofStep: t.lineCount) {
        switch t.entry(before: position) {
        case .upsert(let object): stored += object.references.count
        case .refresh(_, let edit): stored += edit.replacement.count
        default: break
        }
      }
      #expect(stored < 3_000, "\(profile): \(stored) references stored")
      expectSeekEqualsPlay(t, "\(profile) ")
      // The end: every object's edges are what the heap says.
      for object in t.latest.objects.values {
        let expected = interpreter.inspectReferences(object.id).filter { t.latest.objects[$0.target] != nil }
        #expect(object.references.map(\.label) == expected.map(\.label), "\(profile) \(object.typeName)")
        #expect(object.references.map(\.target) == expected.map(\.target), "\(profile) \(object.typeName)")
      }
      // Before the last line (module teardown drops everything after it).
      let before = t.state(at: t.position(ofStep: t.lineCount - 1))
      let list = try #require(before.objects.values.first { $0.kind == .list && $0.references.count > 100 })
      #expect(list.references.map(\.label) == (0..<299).map { "[\($0)]" })
      #expect(Set(list.references.map(\.target)).count == 299)
      let o = try #require(before.objects.values.first { $0.typeName == "X" && $0.references.count > 8 })
      let attributes = o.references.map(\.label).filter { $0 != "__dict__" }
      // (2.7 lists a dict's entries in its hash-table order.)
      #expect(Set(attributes) == Set((0..<12).filter { $0 != 3 }.map { "a\($0)" }), "\(profile)")
    }
  }

  @Test("a 2.7 instance's __dict__ is hidden from the step the instance has it, not from its first attribute")
  func instanceDictHiddenAtOnce() throws {
    let (r, _) = try recorded(
      source: """
        class A:
            pass
        a = A()
        n = 1
        a.x = n
        """, profile: "cpython2.7")
    let t = r.timeline
    // `n = 1` about to run: `a` exists, nothing was stored in its __dict__ yet.
    let state = try #require(
      (0..<t.lineCount).lazy.map { t.state(at: t.position(ofStep: $0)) }.first { $0.line == 4 })
    let a = try #require(state.objects.values.first { $0.typeName == "A" })
    let edge = try #require(a.references.first { $0.label == "__dict__" })
    #expect(state.objects[edge.target]?.isHidden == true)
  }

  @Test("a collection marks the cycle unreachable, then frees it")
  func collectionMarks() throws {
    let (r, _) = try recorded(
      source: """
        import gc
        class A:
            pass
        a = A()
        a.me = a
        del a
        gc.collect()
        print('done')
        """)
    let t = r.timeline
    let start = try #require(t.nextCollection(after: 0))
    var p = start
    var sawUnreachable = false
    while p < t.endPosition, t.state(at: p).collection != nil {
      let s = t.state(at: p)
      if s.objects.values.contains(where: { $0.typeName == "A" && $0.mark == .unreachable }) { sawUnreachable = true }
      p = t.nextEvent(after: p)
    }
    #expect(sawUnreachable)
    #expect(!t.latest.objects.values.contains { $0.typeName == "A" })
    #expect(t.latest.visibleOutput.map(\.text).contains("done"))
  }

  @Test("a scenario that does not compile is not recorded: its diagnostic comes back")
  func compileError() throws {
    let scenario = Scenario(name: "bad", path: "bad.py", source: "x = (1,\n")
    let result = Recording.record(scenario, profile: .cpython311)
    guard case .failure(let error) = result else {
      Issue.record("recorded a scenario that does not compile")
      return
    }
    #expect(error.message.hasPrefix("bad.py:"))
    #expect(error.message.contains(": error: "))
    #expect(error.message.contains("^"))
  }

  @Test("an entry is a few words: long runs stay small in memory")
  func entrySize() {
    #expect(MemoryLayout<Entry>.stride <= 40, "\(MemoryLayout<Entry>.stride) bytes")
  }

  @Test("history is bounded: old entries go, the state says from which step")
  func boundedHistory() throws {
    let timeline = Timeline(entryLimit: 5_000, checkpointInterval: 256)
    let (r, _) = try recorded(
      source: """
        class A:
            pass
        while True:
            a = A()
            del a
        """, maxSteps: 3_000, timeline: timeline)
    let t = r.timeline
    #expect(t.lineCount >= 3_000)
    #expect(t.firstPosition > 0)
    #expect(t.endPosition - t.firstPosition <= 5_000 + 256)
    #expect(t.latest.firstKeptLineStep > 0)
    let earliest = t.state(at: 0)
    #expect(earliest.position == t.firstPosition)
    let kept = t.latest.firstKeptLineStep
    for step in [kept, kept + 1, t.lineCount - 3] {
      #expect(t.state(at: t.position(ofStep: step)).step == step)
    }
    #expect(t.state(at: t.position(ofStep: 0)).step == kept)
  }
}
