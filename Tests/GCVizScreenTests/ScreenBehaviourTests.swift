import GCEngine
import GCVizScreen
import GCVizTimeline
import Testing

@Suite struct ScreenBehaviourTests {
  static func render(
    _ state: RunState = Fixtures.f2MidCollection(), _ width: Int = 120, _ height: Int = 40,
    _ options: ScreenOptions = ScreenOptions()
  ) -> Grid {
    Screen.render(state: state, context: Fixtures.context, size: (width, height), options: options)
  }

  static func lines(_ grid: Grid) -> [String] { TextWriter.write(grid).split(separator: "\n").map(String.init) }

  /// Where `text` starts on the screen, if it is there.
  static func find(_ text: String, in grid: Grid) -> (x: Int, y: Int)? {
    for (y, line) in lines(grid).enumerated() {
      if let range = line.firstRange(of: text) {
        return (line[..<range.lowerBound].count, y)
      }
    }
    return nil
  }

  @Test func renderingIsDeterministic() {
    let state = Fixtures.f2MidCollection()
    for size in [(80, 24), (101, 33), (120, 40), (200, 60)] {
      let a = Self.render(state, size.0, size.1, ScreenOptions(inspecting: Fixtures.id(42)))
      let b = Self.render(state, size.0, size.1, ScreenOptions(inspecting: Fixtures.id(42)))
      #expect(a == b)
    }
  }

  @Test func everySizeFromTheMinimumRendersWholeRows() {
    let state = Fixtures.f2MidCollection()
    for width in stride(from: 80, through: 140, by: 7) {
      for height in stride(from: 24, through: 50, by: 5) {
        let grid = Self.render(state, width, height)
        let rows = Self.lines(grid)
        #expect(rows.count == height)
        #expect(rows.allSatisfy { displayWidth($0) == width })
        #expect(Self.find("Objects", in: grid) != nil)
        // The graph draws at every size: a frame's box and an object's.
        #expect(Self.find("┌ <module> ", in: grid) != nil, "no frame box at \(width)x\(height)")
        #expect(Self.find("rc=", in: grid) != nil, "no count at \(width)x\(height)")
      }
    }
  }

  /// The whole object graph the screen's Objects panel shows a window of.
  static func graph(_ state: RunState = Fixtures.f2MidCollection(), _ options: ScreenOptions = ScreenOptions())
    -> Grid
  {
    Screen.objectGraph(state: state, context: Fixtures.context, size: (120, 40), options: options)
  }

  @Test func boxesShowSerialsNotIds() {
    let grid = Self.graph()
    #expect(Self.find("ClassA #41", in: grid) != nil)
    #expect(Self.find("#1041", in: grid) == nil)
  }

  @Test func unreachableBoxesAreRedAndGarbageBoldRed() throws {
    let grid = Self.graph()
    let unreachable = try #require(Self.find("ClassA #41", in: grid))
    #expect(grid[unreachable.x, unreachable.y].style.foreground == .red)
    let garbage = try #require(Self.find("ClassA #7", in: grid))
    #expect(grid[garbage.x, garbage.y].style == Style(foreground: .red, bold: true))
    let reachable = try #require(Self.find("ClassA #45", in: grid))
    #expect(grid[reachable.x, reachable.y].style.foreground == .green)
    // The same in words, for a screen without colour.
    let text = TextWriter.write(grid)
    #expect(text.contains("unreachable"))
    #expect(text.contains("reachable"))
    #expect(text.contains("garbage"))
    #expect(text.contains("gc_refs 0"))
  }

  @Test func noColourKeepsOnlyReverseForTheCurrentLine() throws {
    let grid = Self.render(Fixtures.f2MidCollection(), 120, 40, ScreenOptions(color: false))
    #expect(grid.cells.allSatisfy { $0.style == .plain || $0.style == Style(reverse: true) })
    let current = try #require(Self.find("c1=ClassA()", in: grid))
    #expect(grid[current.x, current.y].style.reverse)
  }

  @Test func asciiModeDrawsOnlyAsciiAroundTheContent() {
    var state = Fixtures.f2MidCollection()
    state.output = []
    state.pendingStdout = ""
    let text = TextWriter.write(Self.render(state, 120, 40, ScreenOptions(ascii: true)))
    // The scenario's own text is ASCII here, so everything must be.
    #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    #expect(text.contains("-> #45 ClassA"))
    #expect(text.contains("+--"))
  }

  @Test func hiddenDictsAreBridgedIntoAttributeEdges() {
    let text = TextWriter.write(Self.graph())
    #expect(text.contains("│ t ──"))
    #expect(!text.contains("dict #43"))
    let shown = TextWriter.write(Self.graph(Fixtures.f2MidCollection(), ScreenOptions(showHidden: true)))
    #expect(shown.contains("dict #43"))
    #expect(shown.contains("│ __dict__ ──"))
  }

  @Test func weakReferencesAreDrawnDifferently() {
    let text = TextWriter.write(Self.graph())
    #expect(text.contains("│ ref ┄┄"))
    #expect(text.contains("▷"))
    #expect(text.contains("│ [0] ──"))
    #expect(text.contains("▶"))
  }

  @Test func linesThatJustRanFadeUnderTheCurrentOne() throws {
    let grid = Self.render()
    let rows = Self.lines(grid)
    #expect(rows.contains { $0.contains("●13     while True:") })
    #expect(rows.contains { $0.contains("•21         if i == 30:") })
    #expect(rows.contains { $0.contains("·20         i += 1") })
    #expect(rows.contains { $0.contains("│  19         del c2") })
    // One hue fading: bold, plain, dim.
    let marks = try ["●13", "•21", "·20"].map { mark -> Style in
      let at = try #require(Self.find(mark, in: grid))
      return grid[at.x, at.y].style
    }
    #expect(
      marks == [
        Style(foreground: .green, bold: true), Style(foreground: .green), Style(foreground: .green, dim: true),
      ])
    // Without colours or box drawing the marks still tell the order.
    let plain = Self.lines(Self.render(Fixtures.f2MidCollection(), 120, 40, ScreenOptions(ascii: true, color: false)))
    #expect(plain.contains { $0.contains("*13     while True:") })
    #expect(plain.contains { $0.contains("+21         if i == 30:") })
    #expect(plain.contains { $0.contains(".20         i += 1") })
  }

  /// Inside a line (a collection its allocation set off), the caption is
  /// of the line under way, said to describe its end; at the line's
  /// start, nothing of it has run: no caption of it.
  @Test func captionOfTheLineUnderWaySaysSo() {
    let text = TextWriter.write(Self.render())
    #expect(text.contains("#> once line 14 is done: rc(c1)=1; in"))
    var atLineStart = Fixtures.f2MidCollection()
    atLineStart.stopInStep = 0
    #expect(!TextWriter.write(Self.render(atLineStart)).contains("rc(c1)=1"))
  }

  @Test func debugFlagsAndPhaseAreNamed() {
    let text = TextWriter.write(Self.render())
    #expect(text.contains("debug DEBUG_LEAK"))
    #expect(text.contains("move unreachable objects aside (phase 3/10)"))
    var state = Fixtures.f2MidCollection()
    state.counters.debugFlags = 1 | 32
    #expect(TextWriter.write(Self.render(state)).contains("debug DEBUG_STATS|DEBUG_SAVEALL"))
    let py3 = ScreenContext(scenarioName: "f3-py3", profileName: "cpython3.11", sourceLines: [])
    state.counters.debugFlags = 38
    let grid = Screen.render(state: state, context: py3, size: (120, 40), options: ScreenOptions())
    #expect(TextWriter.write(grid).contains("debug DEBUG_LEAK"))
  }

  @Test func tooSmallShowsOnlyTheMessage() {
    let text = TextWriter.write(Self.render(Fixtures.f2MidCollection(), 79, 24))
    #expect(text.contains("terminal too small (79x24); gcviz needs at least 80x24"))
    #expect(!text.contains("Objects"))
    let tiny = TextWriter.write(Self.render(Fixtures.f2MidCollection(), 20, 5))
    #expect(tiny.contains("terminal too"))
    #expect(Self.lines(Self.render(Fixtures.f2MidCollection(), 0, 0)).isEmpty)
  }

  @Test func scenarioTextCannotInjectEscapes() {
    var state = Fixtures.f2MidCollection()
    state.output.append(OutputLine(stream: .stdout, text: "evil \u{1B}]0;title\u{7} \u{1B}[2J"))
    let ansi = ANSIWriter.write(Self.render(state))
    // The only escapes are the writer's own SGR sequences.
    let escapes = ansi.split(separator: "\u{1B}", omittingEmptySubsequences: false).dropFirst()
    #expect(escapes.allSatisfy { $0.hasPrefix("[0") })
    #expect(!ansi.contains("\u{7}"))
  }

  @Test func addingAnObjectDoesNotMoveEarlierBoxes() throws {
    // A newcomer nothing refers to yet is laid out after the others.
    var state = Fixtures.f2MidCollection()
    let size = (200, 60)
    let boxes = ["ClassA #45", "ClassA #41", "list #30", "weakref #37"]
    let before = try boxes.map { try #require(Self.find($0, in: Self.render(state, size.0, size.1))) }
    let newcomer = Fixtures.object(47, .instance, "ClassA", rc: 1, gen: 0)
    state.objects[newcomer.id] = newcomer
    let grid = Self.render(state, size.0, size.1)
    let after = try boxes.map { try #require(Self.find($0, in: grid)) }
    #expect(before.map(\.x) == after.map(\.x))
    #expect(before.map(\.y) == after.map(\.y))
    #expect(Self.find("ClassA #47", in: grid) != nil)
  }

  @Test func bigHeapsFoldIntoCountedBoxes() {
    let text = TextWriter.write(Self.render(Fixtures.bigHeap()))
    #expect(text.contains("ClassA #1 "))
    #expect(text.contains("of 10,000 objects folded"))
    #expect(TextWriter.write(Self.graph(Fixtures.bigHeap())).contains("ClassA ×8,"))
    let small = TextWriter.write(Self.render(Fixtures.bigHeap(), 80, 24))
    #expect(small.contains("×"))
  }

  @Test func panningShowsAnotherWindowOfTheSameDrawing() throws {
    // At 80x24 the fixture's drawing is wider and taller than the panel.
    let state = Fixtures.f2MidCollection()
    let graph = Self.lines(
      Screen.objectGraph(state: state, context: Fixtures.context, size: (80, 24), options: ScreenOptions()))
    // How far the drawing reaches: the window stops there.
    let right = graph.map { $0.trimmingSuffix.count }.max()!
    func panel(_ options: ScreenOptions) -> [String] {
      let rows = Self.lines(
        Screen.objectsPanel(state: state, context: Fixtures.context, size: (80, 24), options: options))
      return rows.dropFirst().dropLast(2).map { String(Array($0).dropFirst(2).dropLast(2)) }
    }
    let width = panel(ScreenOptions())[0].count
    #expect(right > width + 4, "the drawing is wider than the panel")
    for (x, y) in [(0, 0), (right - width, 0), (0, 3), ((right - width) / 2, 2)] {
      let window = panel(ScreenOptions(scroll: [.objects: y], pan: [.objects: x]))
      for (row, text) in window.enumerated() where y + row < graph.count {
        let expected = String(Array(graph[y + row]).dropFirst(x).prefix(text.count))
        #expect(text.trimmingSuffix == expected.trimmingSuffix, "window at \(x),\(y), row \(row)")
      }
    }
  }

  @Test func scrollingMovesTheGraphWithoutRearrangingIt() throws {
    let state = Fixtures.f2MidCollection()
    let still = Self.lines(Self.render(state))
    let moved = Self.lines(Self.render(state, 120, 40, ScreenOptions(scroll: [.objects: 1])))
    let top = try #require(still.firstIndex { $0.contains("─ Objects ─") })
    let left = try #require(still[top].firstRange(of: "┌─ Objects")).lowerBound
    let x = still[top].distance(from: still[top].startIndex, to: left)
    func panel(_ rows: [String], _ y: Int) -> String { String(Array(rows[y]).dropFirst(x + 1).prefix(72)) }
    for row in (top + 1)..<(top + 15) {
      #expect(panel(moved, row) == panel(still, row + 1))
    }
  }

  @Test func extremeSizesStillRender() {
    let state = Fixtures.bigHeap()
    for (width, height) in [(400, 120), (80, 200), (1000, 24), (80, 24)] {
      let grid = Self.render(state, width, height, ScreenOptions(helpVisible: true, inspecting: Fixtures.id(5000)))
      #expect(Self.lines(grid).count == height)
    }
  }

  @Test func aLongPathKeepsItsEnds() {
    let text = TextWriter.write(Self.render(Fixtures.bigHeap(), 120, 40, ScreenOptions(inspecting: Fixtures.id(5000))))
    #expect(text.contains("<module> head ─▶ #1 ClassA"))
    #expect(text.contains("4,992 more hops"))
    #expect(text.contains("─t─▶ #5000 ClassA"))
  }

  /// Speed is the benchmarks' (scripts/bench-screen.sh); here, that ten
  /// thousand objects fit one screen by folding, and say so.
  @Test func tenThousandObjectsFoldIntoOneScreen() {
    let grid = Self.render(Fixtures.bigHeap())
    let text = TextWriter.write(grid)
    #expect(Self.lines(grid).count == 40)
    #expect(text.contains("objects folded"))
  }

  @Test func objectsAreOrderedBySerialWhereverTheSerialsLie() {
    // Close together (each id goes to its serial's slot), far apart, and a
    // serial twice (both sorted): by serial, each id once.
    let close = (0..<300).map { $0 * 7919 % 300 + 1 }
    for serials in [close, [5, 1_000_000, 3, 70_000_000_000, 42, 8], [7, 7, 2, 9]] {
      var state = RunState()
      for (i, serial) in serials.enumerated() {
        let object = ObjectState(
          id: ObjectID(3 * i + 1), serial: serial, kind: .instance, typeName: "A", address: 0, size: 48, refcount: 1,
          generation: i % 3 == 0 ? 2 : 0)
        state.objects[object.id] = object
      }
      let order = Screen.objectOrder(state: state, context: Fixtures.context, options: ScreenOptions())
      #expect(order.count == serials.count)
      #expect(Set(order) == Set(state.objects.keys))
      let expected = state.objects.values.sorted { ($0.serial, $0.id.index) < ($1.serial, $1.id.index) }
      #expect(order.map { state.objects[$0]!.serial } == expected.map(\.serial), "\(serials.prefix(6))")
    }
  }

  @Test func outputShowsStderrInAnotherColour() throws {
    let grid = Self.render()
    let stderr = try #require(Self.find("gc: uncollectable", in: grid))
    let stdout = try #require(Self.find("object born,id:0x7f3a1c2e5688", in: grid))
    #expect(grid[stderr.x, stderr.y].style.foreground != grid[stdout.x, stdout.y].style.foreground)
  }

  @Test func titleShowsStepPlayStateAndCollections() {
    let playing = Self.lines(Self.render(Fixtures.f2MidCollection(), 120, 40, ScreenOptions(playing: true, speed: 4)))[
      0]
    #expect(playing.contains("f2 · cpython2.7 · step 56/212 · stop 46 · ▶ playing ×4"))
    #expect(playing.contains("collections: gen0 3  gen1 0  gen2 0"))
    #expect(playing.hasSuffix("? help  q quit "))
    let paused = Self.lines(Self.render(Fixtures.f2MidCollection(), 80, 24))[0]
    #expect(paused.contains("❚❚ paused"))
    var ended = Fixtures.f2MidCollection()
    ended.ending = .finished(exitCode: 0)
    #expect(Self.lines(Self.render(ended))[0].contains("finished (exit 0)"))
  }

  @Test func keyBarShortensToFit() {
    let wide = Self.lines(Self.render(Fixtures.f2MidCollection(), 120, 40))[39]
    #expect(
      wide.contains("space play  n next  b back  s into  c next gc  Enter inspect  p profile  d hidden  +/- speed"))
    let narrow = Self.lines(Self.render(Fixtures.f2MidCollection(), 80, 24))[23]
    #expect(narrow.contains("? help  q quit"))
    #expect(narrow.contains("space play"))
  }
}

@Suite struct InspectionTests {
  @Test func pathFromARootFollowsStrongReferences() throws {
    let state = Fixtures.f2MidCollection()
    let inspection = ObjectInspection(state: state, id: Fixtures.id(31), showHidden: false)
    let path = try #require(inspection.path)
    #expect(path.root == "<module> reserve")
    #expect(path.hops.map(\.target) == [Fixtures.id(30), Fixtures.id(31)])
    #expect(path.hops.map(\.label) == ["", "[0]"])
    #expect(inspection.referrers == [.object(Fixtures.id(30), label: "[0]")])
  }

  @Test func theInnermostFrameIsPreferredAsRoot() throws {
    let inspection = ObjectInspection(state: Fixtures.f2MidCollection(), id: Fixtures.id(45), showHidden: false)
    #expect(try #require(inspection.path).root == "f2() c1")
    #expect(
      inspection.referrers == [.frame(function: "f2()", slot: "c1"), .frame(function: "f2()", slot: "stack[0]")])
  }

  @Test func aCycleWithoutOutsideReferencesHasNoPath() {
    let inspection = ObjectInspection(state: Fixtures.f2MidCollection(), id: Fixtures.id(42), showHidden: true)
    #expect(inspection.path == nil)
    #expect(inspection.referrers == [.object(Fixtures.id(43), label: "'t'")])
    #expect(inspection.referents == [Reference(label: "__dict__", target: Fixtures.id(44))])
  }

  @Test func withHiddenObjectsOffAnInstanceShowsItsAttributesNotItsDict() {
    let state = Fixtures.f2MidCollection()
    let seen = ObjectInspection(state: state, id: Fixtures.id(42), showHidden: false)
    #expect(seen.referents == [Reference(label: "t", target: Fixtures.id(41))])
    #expect(seen.referrers == [.object(Fixtures.id(41), label: "t")])
    let raw = ObjectInspection(state: state, id: Fixtures.id(42), showHidden: true)
    #expect(raw.referrers == [.object(Fixtures.id(43), label: "'t'")])
  }

  @Test func aPathThroughAHiddenDictIsOneAttributeHop() throws {
    var state = Fixtures.f2MidCollection()
    state.frames[1].variables.append(Variable(name: "x", value: .object(Fixtures.id(42))))
    let seen = try #require(ObjectInspection(state: state, id: Fixtures.id(41), showHidden: false).path)
    #expect(seen.root == "f2() x")
    #expect(seen.hops.map(\.label) == ["", "t"])
    #expect(seen.hops.map(\.target) == [Fixtures.id(42), Fixtures.id(41)])
    let raw = try #require(ObjectInspection(state: state, id: Fixtures.id(41), showHidden: true).path)
    #expect(raw.hops.map(\.label) == ["", "__dict__", "'t'"])
    #expect(raw.hops.map(\.target) == [Fixtures.id(42), Fixtures.id(44), Fixtures.id(41)])
  }

  @Test func aModuleVariableIsOneReferenceOfTheGlobalsListedOnce() {
    // `<module> reserve` is the globals dict's entry: one reference, told
    // as the variable while hidden objects are not shown and as the dict's
    // entry when they are (it was listed both ways, twice, with `d`).
    var state = Fixtures.f2MidCollection()
    let globals = Fixtures.object(1, .dict, "dict", rc: 1, gen: 2, refs: [("'reserve'", 30)], hidden: true)
    state.objects[globals.id] = globals
    state.frames[0].namespace = globals.id
    let seen = ObjectInspection(state: state, id: Fixtures.id(30), showHidden: false)
    #expect(seen.referrers == [.frame(function: "<module>", slot: "reserve")])
    let raw = ObjectInspection(state: state, id: Fixtures.id(30), showHidden: true)
    #expect(raw.referrers == [.object(globals.id, label: "'reserve'")])
  }

  @Test func weakReferencesDoNotKeepAlive() {
    var state = Fixtures.f2MidCollection()
    state.frames[0].variables.append(Variable(name: "w", value: .object(Fixtures.id(37))))
    #expect(ObjectInspection(state: state, id: Fixtures.id(7), showHidden: false).path == nil)
  }
}

extension String {
  /// Without trailing blanks.
  var trimmingSuffix: String { String(reversed().drop { $0 == " " }.reversed()) }
}
