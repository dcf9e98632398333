import GCEngine
import GCVizScreen
import GCVizTimeline

/// Hand-built run states: the screen is tested without running a scenario,
/// so a change in the interpreter never shows up as a screen diff here.
enum Fixtures {
  static let source = [
    "#: title: f2 - a reference cycle in a loop leaks (Python 2)",
    "#: profile: cpython2.7",
    "import gc",
    "",
    "class ClassA():",
    "    def __init__(self):",
    "        print 'object born,id:%s'%str(hex(id(self)))",
    "    def __del__(self):",
    "        print 'object del,id:%s'%str(hex(id(self)))",
    "",
    "def f2():",
    "    i = 0",
    "    while True:",
    "        c1=ClassA()  #> rc(c1)=1; in Python 2 each instance costs two GC allocations",
    "        c2=ClassA()",
    "        c1.t=c2  #> c2's object is now referenced by c2 and by c1.t: rc=2",
    "        c2.t=c1  #> and c1's object by c1 and c2.t: rc=2 -- a cycle",
    "        del c1  #> rc drops to 1: the other object still points here",
    "        del c2  #> no name is left: each object keeps rc=1 through .t",
    "        i += 1",
    "        if i == 30:",
    "            break",
    "",
    "if __name__ == '__main__':",
    "    reserve = [{}, {}]",
    "    gc.set_threshold(20, 10, 10)",
    "    f2()",
  ]

  static let context = ScreenContext(
    scenarioName: "f2", profileName: "cpython2.7", sourceLines: source, totalLineSteps: 212)

  /// Object ids differ from serials on purpose: boxes must show serials.
  static func id(_ serial: Int) -> ObjectID { ObjectID(serial + 1000) }

  static func object(
    _ serial: Int, _ kind: ObjectKind, _ type: String, name: String = "", rc: Int, gen: Int?,
    refs: [(String, Int)] = [], weak: Bool = false, hidden: Bool = false, garbage: Bool = false, gcRefs: Int? = nil,
    mark: CollectionMark? = nil
  ) -> ObjectState {
    ObjectState(
      id: id(serial), serial: serial, kind: kind, typeName: type, name: name,
      address: 0x7f3a_1c2e_5000 + UInt64(serial) * 0x48, size: kind == .dict ? 280 : 72, refcount: rc, generation: gen,
      references: refs.map { Reference(label: $0.0, target: id($0.1), isWeak: weak) }, isHidden: hidden,
      inGarbage: garbage, gcRefs: gcRefs, mark: mark)
  }

  /// f2 under 2.7 in the middle of an automatic gen-0 collection: the cycle
  /// #41/#42 (through their hidden `__dict__`s) has gc_refs 0 and is marked
  /// unreachable; #45 is held by `c1` and reachable; an older cycle sits in
  /// gc.garbage; a list in gen1; a weakref in gen2; an untracked tuple.
  static func f2MidCollection() -> RunState {
    var state = RunState()
    state.lineStep = 57
    state.position = 1234
    state.line = 14
    let objects = [
      object(2, .classObject, "classobj", name: "ClassA", rc: 3, gen: 2),
      object(3, .function, "function", name: "f2", rc: 2, gen: 2),
      object(30, .list, "list", rc: 2, gen: 1, refs: [("[0]", 31), ("[1]", 32)]),
      object(31, .dict, "dict", rc: 1, gen: 1),
      object(32, .dict, "dict", rc: 1, gen: 1),
      object(7, .instance, "ClassA", rc: 2, gen: 2, refs: [("__dict__", 9)], garbage: true),
      object(8, .instance, "ClassA", rc: 2, gen: 2, refs: [("__dict__", 10)], garbage: true),
      object(9, .dict, "dict", rc: 1, gen: 2, refs: [("'t'", 8)], hidden: true, garbage: true),
      object(10, .dict, "dict", rc: 1, gen: 2, refs: [("'t'", 7)], hidden: true, garbage: true),
      object(37, .weakref, "weakref", rc: 1, gen: 2, refs: [("ref", 7)], weak: true),
      object(38, .tuple, "tuple", rc: 1, gen: nil),
      object(41, .instance, "ClassA", rc: 1, gen: 0, refs: [("__dict__", 43)], gcRefs: 0, mark: .unreachable),
      object(42, .instance, "ClassA", rc: 1, gen: 0, refs: [("__dict__", 44)], gcRefs: 0, mark: .unreachable),
      object(43, .dict, "dict", rc: 1, gen: 0, refs: [("'t'", 42)], hidden: true, gcRefs: 0, mark: .unreachable),
      object(44, .dict, "dict", rc: 1, gen: 0, refs: [("'t'", 41)], hidden: true, gcRefs: 0, mark: .unreachable),
      object(45, .instance, "ClassA", rc: 1, gen: 0, refs: [("__dict__", 46)], gcRefs: 1, mark: .reachable),
      object(46, .dict, "dict", rc: 1, gen: 0, hidden: true, gcRefs: 0, mark: .reachable),
    ]
    for object in objects { state.objects[object.id] = object }
    state.frames = [
      FrameView(
        function: "<module>", line: 27,
        variables: [
          Variable(name: "gc", value: .text("<module 'gc' (built-in)>")),
          Variable(name: "ClassA", value: .object(id(2))), Variable(name: "f2", value: .object(id(3))),
          Variable(name: "reserve", value: .object(id(30))),
        ]),
      FrameView(
        function: "f2", line: 14,
        variables: [
          Variable(name: "i", value: .text("3")), Variable(name: "c1", value: .object(id(45))),
          Variable(name: "c2", value: .text("<unbound>")),
        ], stack: [.object(id(45))]),
    ]
    var counters = Counters()
    counters.counts = [21, 3, 0]
    counters.thresholds = [20, 10, 10]
    counters.collections = [3, 0, 0]
    counters.collected = 12
    counters.uncollectable = 4
    counters.debugFlags = 62
    counters.garbageCount = 2
    counters.interpreterObjects = 1234
    counters.liveObjects = 17
    counters.freedObjects = 6
    counters.bytesInUse = 3480
    state.counters = counters
    state.collection = CollectionProgress(generation: 0, automatic: true, phase: .moveUnreachable)
    for i in 0..<6 {
      state.output.append(OutputLine(stream: .stdout, text: "object born,id:0x7f3a1c2e5\(i)88"))
    }
    state.output.append(OutputLine(stream: .stderr, text: "gc: uncollectable <ClassA instance at 0x7f3a1c2e5188>"))
    state.output.append(OutputLine(stream: .stderr, text: "gc: uncollectable <ClassA instance at 0x7f3a1c2e5288>"))
    state.output.append(OutputLine(stream: .stdout, text: "object born,id:0x7f3a1c2e5688"))
    state.pendingStdout = "after 3 rounds"
    for step in 1...57 {
      let live = 4 + step / 4 + (step >= 21 ? 2 : 0)
      state.memory.append(
        MemorySample(lineStep: step, liveObjects: live, bytesInUse: live * 200, collected: step == 21 || step == 42))
    }
    state.lastEvent = .unreachable(id(41))
    // f2 ran its loop's end (19-21), went back to `while True:` and is at
    // `c1=ClassA()`: the trail fades 13, 21, 20.
    for line in [19, 20, 21, 13, 14] { state.recentLines.lineStarted(line, depth: 1, function: "f2") }
    // The collection runs inside that line: stops of `s` into it.
    state.stopInStep = 46
    return state
  }

  /// f2 under 2.7 after a few rounds, not collecting: more objects than
  /// boxes fit, so every group is one line per object. gen0 holds ClassA
  /// pairs, gen2 the functions (long names), and `reserve` a hundred empty
  /// dicts, untracked; a tuple held by a frame is untracked too.
  static func linesHeap(pairs: Int = 7) -> RunState {
    var state = f2MidCollection()
    state.collection = nil
    state.lastEvent = nil
    state.objects = [:]
    var objects = [
      object(4, .function, "function", name: "__init__", rc: 1, gen: 2),
      object(5, .function, "function", name: "__del__", rc: 1, gen: 2),
      object(7, .classObject, "classobj", name: "ClassA", rc: 9, gen: 2),
      object(8, .function, "function", name: "f2", rc: 2, gen: 2),
      object(9, .list, "list", rc: 1, gen: 2, refs: (0..<100).map { ("[\($0)]", 14 + 2 * $0) }),
      object(13, .tuple, "tuple", rc: 2, gen: nil),
    ]
    objects += (0..<100).map { object(14 + 2 * $0, .dict, "dict", rc: 1, gen: nil) }
    for pair in 0..<pairs {
      let first = 300 + 6 * pair
      objects.append(object(first, .instance, "ClassA", rc: 1, gen: 0, refs: [("t", first + 3)]))
      objects.append(object(first + 3, .instance, "ClassA", rc: 1, gen: 0, refs: [("t", first)]))
    }
    for object in objects { state.objects[object.id] = object }
    state.frames = [
      FrameView(
        function: "<module>", line: 27,
        variables: [
          Variable(name: "f2", value: .object(id(8))), Variable(name: "reserve", value: .object(id(9))),
          Variable(name: "pair", value: .object(id(13))),
        ]),
      FrameView(function: "f2", line: 14, variables: [Variable(name: "i", value: .text("7"))]),
    ]
    return state
  }

  /// 10,000 live objects: a long chain of instances in gen2, lists in gen1,
  /// dicts in gen0: far more boxes than any screen holds.
  static func bigHeap() -> RunState {
    var state = f2MidCollection()
    state.collection = nil
    state.objects = [:]
    for serial in 1...10_000 {
      let object: ObjectState
      if serial <= 9_000 {
        object = Self.object(
          serial, .instance, "ClassA", rc: 1, gen: 2, refs: serial < 9_000 ? [("t", serial + 1)] : [])
      } else if serial <= 9_800 {
        object = Self.object(serial, .list, "list", rc: 1, gen: 1, refs: [("[0]", serial - 9_000)])
      } else {
        object = Self.object(serial, .dict, "dict", rc: 1, gen: 0)
      }
      state.objects[object.id] = object
    }
    state.frames = [
      FrameView(function: "<module>", line: 3, variables: [Variable(name: "head", value: .object(id(1)))])
    ]
    state.counters.liveObjects = 10_000
    return state
  }
}
