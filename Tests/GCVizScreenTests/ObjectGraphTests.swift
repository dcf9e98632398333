import GCEngine
import GCVizTimeline
import PropertyBased
import Testing

@testable import GCVizScreen

/// The object graph built from run states: random heaps (every box where
/// it may be, every reference accounted for, every count true) and the
/// shapes a student must recognise (a cycle is a loop, a name is an arrow).
@Suite struct ObjectGraphTests {
  /// A random state from a list of numbers: instances, lists, dicts and
  /// tuples with references between them (some weak), 2.7-style hidden
  /// `__dict__`s, frames whose names hold some of them, gc.garbage, and
  /// sometimes a collection under way with gc_refs and marks.
  static func state(_ numbers: [Int]) -> RunState {
    var next = 0
    func take(_ range: ClosedRange<Int>) -> Int {
      defer { next += 1 }
      let n = numbers.isEmpty ? 0 : numbers[next % numbers.count]
      return range.lowerBound + n % range.count
    }
    var state = RunState()
    let count = take(1...40)
    let collecting = take(0...3) == 0
    let kinds: [(ObjectKind, String)] = [
      (.instance, "ClassA"), (.instance, "Node"), (.list, "list"), (.dict, "dict"), (.tuple, "tuple"),
      (.function, "function"), (.classObject, "type"),
    ]
    var objects: [ObjectState] = []
    for serial in 1...count {
      let (kind, type) = kinds[take(0...(kinds.count - 1))]
      var object = ObjectState(
        id: ObjectID(Int32(serial * 3 + 7)), serial: serial, kind: kind, typeName: type,
        name: kind == .function || kind == .classObject ? "f\(serial)" : "", address: 0, size: 48,
        refcount: take(0...4), generation: take(0...4) == 0 ? nil : take(0...2))
      if collecting, take(0...1) == 0 {
        object.gcRefs = take(0...2)
        object.mark = [.candidate, .reachable, .unreachable, .finalized][take(0...3)]
      }
      object.inGarbage = take(0...12) == 0
      objects.append(object)
    }
    for i in objects.indices {
      for r in 0..<take(0...4) {
        let target = objects[take(0...(count - 1))].id
        let label = objects[i].kind == .list || objects[i].kind == .tuple ? "[\(r)]" : "a\(r)"
        objects[i].references.append(Reference(label: label, target: target, isWeak: take(0...9) == 0))
      }
      if take(0...2) == 0 {
        // Small objects say what they hold, immediates too.
        for reference in objects[i].references {
          objects[i].fields.append(Variable(name: reference.label, value: .object(reference.target)))
        }
        objects[i].fields.append(Variable(name: "n", value: .text("\(take(0...99))")))
        objects[i].fieldCount = objects[i].fields.count
      }
    }
    // Some instances keep their attributes in a hidden dict, as in 2.7.
    var serial = count
    for i in objects.indices where objects[i].kind == .instance && take(0...3) == 0 {
      serial += 1
      let dict = ObjectState(
        id: ObjectID(Int32(serial * 3 + 7)), serial: serial, kind: .dict, typeName: "dict", address: 0, size: 48,
        refcount: 1, generation: objects[i].generation,
        references: objects[i].references.map { Reference(label: "'\($0.label)'", target: $0.target) }, isHidden: true)
      objects[i].references.insert(Reference(label: "__dict__", target: dict.id), at: 0)
      objects.append(dict)
    }
    for object in objects { state.objects[object.id] = object }
    if collecting { state.collection = CollectionProgress(generation: 0, automatic: true, phase: .moveUnreachable) }
    for f in 0..<take(0...3) {
      var variables: [Variable] = []
      for v in 0..<take(0...6) {
        variables.append(
          Variable(name: "v\(v)", value: take(0...3) == 0 ? .text("\(v)") : .object(objects[take(0...(count - 1))].id)))
      }
      state.frames.append(FrameView(function: f == 0 ? "<module>" : "f\(f)", line: 1, variables: variables))
    }
    let garbage = objects.filter(\.inGarbage)
    if !garbage.isEmpty {
      let list = ObjectState(
        id: ObjectID(1), serial: 0, kind: .list, typeName: "gc.garbage", address: 0, size: 56, refcount: 1,
        generation: nil,
        references: garbage.enumerated().map { Reference(label: "[\($0.offset)]", target: $0.element.id) },
        isHidden: true)
      state.objects[list.id] = list
    }
    return state
  }

  static let context = ScreenContext(scenarioName: "random", profileName: "cpython2.7", sourceLines: [])

  /// Everything wrong with the graph drawn for `state` in a view of the
  /// given size, in words.
  static func problems(_ state: RunState, width: Int, height: Int, options: ScreenOptions = ScreenOptions())
    -> [String]
  {
    let scene = Scene(state: state, context: context, options: options)
    let drawing = GraphDrawing(scene, viewWidth: width, viewHeight: height)
    var problems = GraphLayoutTests.problems(drawing.layout, drawing.placement, drawing.routes)
    let graph = drawing.graph
    // Every box of an object says its count, as the engine has it.
    for box in graph.boxes {
      guard case .object(let id) = box.subject, let object = state.objects[id] else { continue }
      if !box.title.contains("#\(object.serial)") { problems.append("box of #\(object.serial) titled \(box.title)") }
      let words = box.rows.flatMap { $0.text.split(separator: " ") }
      if !words.contains("rc=\(object.refcount)"[...]) {
        problems.append("#\(object.serial) does not say rc=\(object.refcount)")
      }
      if words.contains(where: {
        $0.hasPrefix("rc=") && $0 != "rc=\(object.refcount)" && box.rows.first?.text.contains($0) == true
      }) {
        problems.append("#\(object.serial) says another count")
      }
    }
    // Every reference of every drawn object is drawn, folded or listed.
    var total = 0
    for id in scene.drawn where id != scene.garbageList {
      total += scene.drawnReferences(of: state.objects[id]!).count
    }
    let a = graph.account
    if a.drawn + a.folded + a.listed != total {
      problems.append("references: \(total) in the state, \(a.drawn) drawn + \(a.folded) folded + \(a.listed) listed")
    }
    // Every drawn object is a box, a row of one, or in a fold.
    let folded = graph.folds.map(\.members.count).reduce(0, +)
    if graph.boxedCount + graph.inlineCount + folded != graph.objectCount {
      problems.append(
        "objects: \(graph.objectCount), \(graph.boxedCount) boxed \(graph.inlineCount) as rows \(folded) folded")
    }
    return problems
  }

  @Test("random heaps at every size: boxes apart, edges from slot to border, counts true, nothing lost")
  func randomHeaps() async {
    // 60 heaps, 4 frames each (300 heaps took 76-90 s in a debug build, the
    // slowest 2.2 s; the router's budget bounds the crowded ones).
    await propertyCheck(count: 60, input: Gen.int(in: 0...1000).array(of: 1...120)) { numbers in
      let state = Self.state(numbers)
      for (width, height) in [(72, 22), (42, 8), (140, 40)] {
        let problems = Self.problems(state, width: width, height: height)
        #expect(problems.isEmpty, "\(width)x\(height): \(problems.prefix(4))")
      }
      let shown = Self.problems(state, width: 72, height: 22, options: ScreenOptions(showHidden: true))
      #expect(shown.isEmpty, "d: \(shown.prefix(4))")
    }
  }

  /// Found by `randomHeaps`: unreachable objects, each its own component,
  /// were packed two columns into each other (the packing lowered a taller
  /// box's skyline in the gap right of a narrower one).
  @Test("a heap of many one-box components at 140x40: boxes apart")
  func packedComponentsStayApart() {
    let state = Self.state([119, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 93, 1, 0, 1, 16, 92, 2, 1, 836, 91])
    #expect(Self.problems(state, width: 140, height: 40) == [])
  }

  @Test("random heaps: the same state and size draw the same grid")
  func sameStateSameGrid() {
    for seed in 0..<40 {
      let state = Self.state((0..<100).map { ($0 * 131 + seed * 977) % 1001 })
      let a = Screen.render(state: state, context: Self.context, size: (120, 40), options: ScreenOptions())
      let b = Screen.render(state: state, context: Self.context, size: (120, 40), options: ScreenOptions())
      #expect(a == b)
    }
  }

  /// Python Tutor's boxes: slots inside, immediates inline, references as
  /// lines out of the slot's row.
  @Test("small containers show their slots inside: [0] 12, 'k': 1, int n = 3, next ─")
  func slotsInsideBoxes() {
    var state = RunState()
    var list = Fixtures.object(1, .list, "list", rc: 1, gen: 0, refs: [("[1]", 3)])
    list.fields = [
      Variable(name: "[0]", value: .text("12")), Variable(name: "[1]", value: .object(Fixtures.id(3))),
    ]
    list.fieldCount = 2
    var dict = Fixtures.object(2, .dict, "dict", rc: 1, gen: 0)
    dict.fields = [Variable(name: "'k'", value: .text("1"))]
    dict.fieldCount = 1
    var cell = Fixtures.object(3, .instance, "Cell", rc: 2, gen: nil, refs: [("next", 3)])
    cell.fields = [Variable(name: "int n", value: .text("3")), Variable(name: "next", value: .object(Fixtures.id(3)))]
    cell.fieldCount = 2
    for object in [list, dict, cell] { state.objects[object.id] = object }
    let text = TextWriter.write(
      Screen.objectGraph(state: state, context: Fixtures.context, size: (120, 40), options: ScreenOptions()))
    #expect(text.contains("│ [0] 12 "))
    #expect(text.contains("│ [1] ──"))
    #expect(text.contains("│ 'k': 1 "))
    #expect(text.contains("│ int n = 3 "))
    #expect(text.contains("│ next ──"))
    // The self-reference: a small loop back into the box's right border.
    #expect(text.contains("◀╮"))
  }

  @Test("a folded heap says how much is folded, and still has every count")
  func bigHeapFolds() {
    let state = Fixtures.bigHeap()
    let scene = Scene(state: state, context: Fixtures.context, options: ScreenOptions())
    let drawing = GraphDrawing(scene, viewWidth: 72, viewHeight: 22)
    #expect(drawing.graph.objectCount == 10_000)
    #expect(drawing.graph.boxedCount < 100)
    let folded = drawing.graph.folds.map(\.members.count).reduce(0, +)
    #expect(drawing.graph.boxedCount + drawing.graph.inlineCount + folded == 10_000)
    #expect(drawing.graph.boxes.contains { $0.title.hasPrefix("ClassA ×8,") })
    #expect(Self.problems(state, width: 72, height: 22).isEmpty)
  }

  @Test("repeated cycles fold into one counted box that says how many cycles it holds")
  func cyclesAreCounted() throws {
    var state = Fixtures.linesHeap(pairs: 40)
    state.frames = []
    let scene = Scene(state: state, context: Fixtures.context, options: ScreenOptions())
    let drawing = GraphDrawing(scene, viewWidth: 72, viewHeight: 22)
    let fold = try #require(drawing.graph.folds.first { $0.type == "ClassA" })
    // The fixture's pairs are #300+6k and #303+6k: a cycle wherever both are folded.
    let members = Set(fold.members)
    let pairs = (0..<40).filter {
      members.contains(Fixtures.id(300 + 6 * $0)) && members.contains(Fixtures.id(303 + 6 * $0))
    }
    #expect(pairs.count > 15)
    #expect(fold.cycles == pairs.count)
    let box = try #require(drawing.graph.boxes.first { $0.title.hasPrefix("ClassA ×") })
    #expect(box.rows.contains { $0.text.contains("\(fold.cycles) cycles") })
  }
}
