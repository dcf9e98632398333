import GCEngine
import GCVizKit
import GCVizTimeline
import Testing

/// The recorder edits what it recorded of a list, a dict or a module's
/// frame by the slots a change touched (`SlotChangeLog`) instead of
/// reading it whole. Each recording here is made twice, with and without
/// the slots, and every line step must show the same state.
@Suite("Recording by slot edits")
struct SlotEditTests {
  /// Lists, dicts (object keys, deletes, compaction, 2.7's resizes),
  /// module globals bound, rebound and deleted, class bodies, a global
  /// set from a function.
  static let containers = """
    class X(object):
        pass
    g = {}
    i = 0
    while i < 60:
        g[i] = X()
        g['k%d' % i] = [X(), i]
        i += 1
    for k in range(0, 60, 3):
        del g[k]
    g[1] = None
    g.pop(4)
    for k in range(1, 60):
        if ('k%d' % k) in g:
            del g['k%d' % k]
    big = []
    for k in range(40):
        big.append(X())
    big[3] = X()
    big.insert(0, X())
    big.pop(5)
    del big[7]
    big.extend([X(), X()])
    big += [X()]
    big.remove(big[2])
    big.reverse()
    del big[1:4]
    m = {}
    for k in range(30):
        m[X()] = k
    g.clear()
    def f():
        global newglobal
        newglobal = X()
    f()
    del newglobal
    for k in range(20):
        rebound = X()
    del rebound
    class C(object):
        a = X()
        b = [1, 2]
        def m(self):
            pass
    o = C()
    o.x = []
    for k in range(20):
        o.x.append(X())
    del C.a
    del o
    """

  static func expectSameSteps(_ bySlot: Timeline, _ whole: Timeline, _ label: String) {
    #expect(bySlot.lineCount == whole.lineCount, "\(label)")
    for step in 0...min(bySlot.lineCount, whole.lineCount) {
      var a = bySlot.state(at: bySlot.position(ofStep: step))
      var b = whole.state(at: whole.position(ofStep: step))
      a.position = 0
      b.position = 0
      if a != b {
        Issue.record("\(label): step \(step) differs (line \(a.line))")
        return
      }
    }
  }

  @Test(
    "containers and globals edited by slot equal them read whole, at every step",
    arguments: ["cpython2.7", "cpython3.11"])
  func containersEqualWholeReads(_ profile: String) throws {
    let scenario = Scenario(name: "slots", path: "slots.py", source: Self.containers)
    let p = try Runner.profile(for: scenario, override: profile)
    let bySlot = try Recording.record(scenario, profile: p, timeline: Timeline()).get()
    let whole = try Recording.record(scenario, profile: p, timeline: Timeline(), editsBySlot: false).get()
    #expect(bySlot.timeline.lineCount > 300)
    Self.expectSameSteps(bySlot.timeline, whole.timeline, profile)
  }

  @Test("every built-in scenario records the same steps by slot as whole")
  func builtInScenarios() throws {
    for scenario in ScenarioLibrary.all() {
      let p = try Runner.profile(for: scenario, override: nil)
      let bySlot = try Recording.record(scenario, profile: p, limits: RunLimits(steps: 5_000), timeline: Timeline())
        .get()
      let whole = try Recording.record(
        scenario, profile: p, limits: RunLimits(steps: 5_000), timeline: Timeline(), editsBySlot: false
      ).get()
      Self.expectSameSteps(bySlot.timeline, whole.timeline, scenario.name)
    }
  }

  @Test("a module gaining a name a step records one variable a step, not the module")
  func moduleFrameEdits() throws {
    let source = (0..<2_000).map { "x\($0) = \($0)\n" }.joined()
    let scenario = Scenario(name: "globals", path: "globals.py", source: source)
    let r = try Recording.record(scenario, profile: .cpython311, timeline: Timeline()).get()
    let t = r.timeline
    var carried = 0
    for position in 1...t.endPosition {
      if case .frames(let edit) = t.entry(before: position) {
        carried += edit.changed.reduce(0) { $0 + ($1.variablesEdit?.replacement.count ?? $1.frame.variables.count) }
      }
    }
    // Read whole, the frame would carry 2,000 × 2,001 / 2 variables.
    #expect(carried < 3 * 2_000, "\(carried) variables recorded")
    let last = t.state(at: t.position(ofStep: t.lineCount - 1))
    #expect(last.frames.first?.variables.count == 1_999)
    #expect(last.frames.first?.variables.last == Variable(name: "x1998", value: .text("1998")))
  }

  @Test("a dict growing by a key a step records one reference a step")
  func dictEdits() throws {
    let source = "class X(object):\n    pass\nd = {}\nfor i in range(3000):\n    d[i] = X()\n"
    for profile in [Profile.cpython27, .cpython311] {
      let scenario = Scenario(name: "dict", path: "dict.py", source: source)
      let r = try Recording.record(scenario, profile: profile, timeline: Timeline()).get()
      let t = r.timeline
      var stored = 0
      for position in 1...t.endPosition {
        switch t.entry(before: position) {
        case .upsert(let object): stored += object.references.count
        case .refresh(_, let edit): stored += edit.replacement.count
        default: break
        }
      }
      // 2.7 reads the table again at each of its resizes (positions move).
      #expect(stored < 4 * 3_000, "\(profile.name): \(stored) references stored")
      let before = t.state(at: t.position(ofStep: t.lineCount - 1))
      let dict = try #require(before.objects.values.first { $0.kind == .dict && $0.references.count > 1000 })
      #expect(dict.references.count == 2_999 || dict.references.count == 3_000)
    }
  }
}
