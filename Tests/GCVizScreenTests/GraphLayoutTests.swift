import PropertyBased
import Testing

@testable import GCVizScreen

/// The layout engine alone (`GraphLayout`, `GraphRouter`), on graphs that
/// are not heaps: random boxes and edges, roots among them.
@Suite struct GraphLayoutTests {
  /// A random graph from a list of numbers (so the property library can
  /// shrink a failure to a small one): boxes of random sizes, the first few
  /// roots, edges between them from distinct slot rows.
  static func graph(_ numbers: [Int]) -> LayoutGraph {
    var next = 0
    func take(_ range: ClosedRange<Int>) -> Int {
      defer { next += 1 }
      let n = numbers.isEmpty ? 0 : numbers[next % numbers.count]
      return range.lowerBound + n % (range.count)
    }
    var graph = LayoutGraph()
    let count = take(1...18)
    let roots = take(0...2)
    for i in 0..<count {
      graph.nodes.append(.init(width: take(8...20), height: take(3...7), isRoot: i < roots, rank: take(0...3)))
    }
    var freeRows = graph.nodes.map { Array(1..<($0.height - 1)) }
    for _ in 0..<take(0...(2 * count)) {
      let source = take(0...(count - 1))
      let target = take(0...(count - 1))
      guard !graph.nodes[target].isRoot, !freeRows[source].isEmpty else { continue }
      let port = freeRows[source].remove(at: take(0...(freeRows[source].count - 1)))
      graph.edges.append(.init(source: source, target: target, port: port, isWeak: take(0...5) == 0))
    }
    return graph
  }

  static let metrics = LayoutMetrics(viewWidth: 72, viewHeight: 22, rowGap: 1, columnGap: 3, componentGap: 1)

  /// Everything wrong with the drawing of `graph`, in words.
  static func problems(_ graph: LayoutGraph, _ metrics: LayoutMetrics = metrics) -> [String] {
    let placement = GraphLayout.place(graph, metrics)
    return problems(graph, placement, GraphRouter.route(graph, placement))
  }

  static func problems(_ graph: LayoutGraph, _ placement: GraphPlacement, _ routes: [Route?]) -> [String] {
    var problems: [String] = []
    let boxes = placement.boxes
    for i in boxes.indices {
      let a = boxes[i]
      if a.width != graph.nodes[i].width || a.height != graph.nodes[i].height { problems.append("box \(i) resized") }
      if a.x < 0 || a.y < 0 || a.maxX > placement.width || a.maxY > placement.height {
        problems.append("box \(i) outside the canvas")
      }
      for j in (i + 1)..<boxes.count {
        let b = boxes[j]
        if a.x < b.maxX && b.x < a.maxX && a.y < b.maxY && b.y < a.maxY {
          problems.append("boxes \(i) and \(j) overlap")
        }
      }
    }
    func inBox(_ p: Point) -> Bool { boxes.contains { p.x >= $0.x && p.x < $0.maxX && p.y >= $0.y && p.y < $0.maxY } }
    // Who uses each cell, and how: crossing straight through, or ending there.
    var uses: [Point: [(edge: Int, straight: Direction?, end: Bool)]] = [:]
    for (e, route) in routes.enumerated() {
      guard let route else { continue }
      let edge = graph.edges[e]
      let cells = route.cells
      let port = GraphRouter.port(of: edge, boxes)
      if cells.first != port { problems.append("edge \(e) does not start at its port") }
      for i in cells.indices {
        if inBox(cells[i]) { problems.append("edge \(e) runs through a box at \(cells[i])") }
        if i > 0, abs(cells[i].x - cells[i - 1].x) + abs(cells[i].y - cells[i - 1].y) != 1 {
          problems.append("edge \(e) jumps at \(cells[i])")
        }
        let into = i == 0 ? Direction.east : GraphRouter.direction(from: cells[i - 1], to: cells[i])
        let out = i + 1 < cells.count ? GraphRouter.direction(from: cells[i], to: cells[i + 1]) : nil
        uses[cells[i], default: []].append((e, out == into ? into : nil, i == cells.count - 1))
      }
      let last = cells.last!
      let into = cells.count > 1 ? GraphRouter.direction(from: cells[cells.count - 2], to: last) : .east
      if let head = route.head {
        // Next to the border, off its corners, pointing in.
        let t = boxes[edge.target]
        let beside = (t.y + 1..<t.maxY - 1).contains(last.y) && (last.x == t.x - 1 || last.x == t.maxX)
        let above = (t.x + 1..<t.maxX - 1).contains(last.x) && (last.y == t.y - 1 || last.y == t.maxY)
        let pointsIn = Point(x: last.x + head.dx, y: last.y + head.dy)
        let inside = pointsIn.x >= t.x && pointsIn.x < t.maxX && pointsIn.y >= t.y && pointsIn.y < t.maxY
        if head != into || !(beside || above) || !inside {
          problems.append("edge \(e) does not end with an arrowhead on its target's border")
        }
      } else if let joined = route.joined {
        var seen = Set([e])
        var j = joined
        while let other = routes[j], other.head == nil, let k = other.joined, seen.insert(j).inserted { j = k }
        if graph.edges[joined].target != edge.target || routes[joined]?.cells.contains(last) != true
          || routes[j]?.head == nil
        {
          problems.append("edge \(e) joins a line that does not lead to its target")
        }
      } else {
        problems.append("edge \(e) ends nowhere")
      }
    }
    for (cell, users) in uses where users.count > 1 {
      let ends = users.filter(\.end)
      let through = users.filter { !$0.end }
      let crossing =
        through.count == 2 && ends.isEmpty && through.allSatisfy { $0.straight != nil }
        && through[0].straight!.isHorizontal != through[1].straight!.isHorizontal
      let joining = ends.count == users.count - 1 && ends.allSatisfy { routes[$0.edge]?.joined != nil }
      if !crossing && !joining { problems.append("lines overlap at \(cell)") }
    }
    return problems
  }

  @Test("random graphs: no two boxes overlap, every edge starts at its slot and ends on its target's border")
  func randomGraphs() async {
    await propertyCheck(count: 300, input: Gen.int(in: 0...1000).array(of: 1...80)) { numbers in
      let graph = Self.graph(numbers)
      let problems = Self.problems(graph)
      #expect(problems.isEmpty, "\(problems.prefix(5))")
    }
  }

  /// Found by the random test: a box packed left of a taller one lowered
  /// the skyline in the gap it keeps on its right, so the next box went
  /// two columns into the taller one.
  @Test("packing keeps the skyline of a taller neighbour in a box's right gap")
  func packingKeepsTallerNeighbours() {
    let graph = Self.graph([
      121, 1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 6, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 6, 3, 1, 999, 0, 1, 379, 0, 1,
      355, 0, 1,
    ])
    #expect(Self.problems(graph) == [])
  }

  @Test("random graphs: nearly every edge finds a path (the rest are listed, never dropped)")
  func mostEdgesAreRouted() async {
    var edges = 0
    var routed = 0
    for seed in 0..<200 {
      let graph = Self.graph((0..<60).map { ($0 * 7919 + seed * 104_729) % 1001 })
      let routes = GraphRouter.route(graph, GraphLayout.place(graph, Self.metrics))
      edges += routes.count
      routed += routes.compactMap { $0 }.count
    }
    #expect(edges > 500)
    #expect(routed * 100 >= edges * 98, "\(routed) of \(edges) routed")
  }

  @Test("the same graph and view give the same drawing")
  func deterministic() {
    for seed in 0..<50 {
      let graph = Self.graph((0..<40).map { ($0 * 31 + seed * 17) % 997 })
      let a = GraphLayout.place(graph, Self.metrics)
      let b = GraphLayout.place(graph, Self.metrics)
      #expect(a == b)
      #expect(GraphRouter.route(graph, a) == GraphRouter.route(graph, b))
    }
  }

  /// Two boxes pointing at each other: the second is level with the slot
  /// that points at it (a straight arrow), and the edge back is a loop
  /// under them into the first box's bottom border (`▲`).
  @Test("a two-object cycle is drawn as a loop")
  func cycleIsALoop() throws {
    let graph = LayoutGraph(
      nodes: [.init(width: 12, height: 4), .init(width: 12, height: 4)],
      edges: [.init(source: 0, target: 1, port: 2), .init(source: 1, target: 0, port: 2)])
    let placement = GraphLayout.place(graph, Self.metrics)
    let routes = GraphRouter.route(graph, placement)
    #expect(placement.isBackEdge == [false, true])
    let forward = try #require(routes[0])
    #expect(Set(forward.cells.map(\.y)) == [placement.boxes[0].y + 2], "straight")
    #expect(forward.head == .east)
    let back = try #require(routes[1])
    #expect(back.head == .north)
    #expect(back.cells.map(\.y).max()! > placement.boxes[1].maxY, "under the boxes")
  }

  /// An object that refers to itself: a small loop on its own box, into
  /// its right border (`◀`) just above the slot.
  @Test("a self-reference is a small loop on its box")
  func selfReference() throws {
    let graph = LayoutGraph(nodes: [.init(width: 12, height: 4)], edges: [.init(source: 0, target: 0, port: 2)])
    let placement = GraphLayout.place(graph, Self.metrics)
    let route = try #require(GraphRouter.route(graph, placement)[0])
    let box = placement.boxes[0]
    #expect(route.head == .west)
    #expect(route.cells.count == 4)
    #expect(route.cells.last == Point(x: box.maxX, y: box.y + 1))
  }

  /// A chain is a straight line of boxes, left to right, level.
  @Test("a chain is laid out in a straight line")
  func chain() {
    let graph = LayoutGraph(
      nodes: Array(repeating: .init(width: 10, height: 4), count: 4),
      edges: (0..<3).map { .init(source: $0, target: $0 + 1, port: 2) })
    let placement = GraphLayout.place(graph, Self.metrics)
    let boxes = placement.boxes
    for i in 1..<4 {
      #expect(boxes[i].x > boxes[i - 1].maxX)
      #expect(boxes[i].y == boxes[i - 1].y)
    }
    let routes = GraphRouter.route(graph, placement)
    #expect(routes.allSatisfy { $0 != nil && Set($0!.cells.map(\.y)).count == 1 })
  }

  /// Two names of one object: one arrowhead, the second line joins the first.
  @Test("edges to one target share an arrowhead")
  func joins() throws {
    let graph = LayoutGraph(
      nodes: [.init(width: 10, height: 5, isRoot: true), .init(width: 10, height: 3)],
      edges: [.init(source: 0, target: 1, port: 1), .init(source: 0, target: 1, port: 3)])
    let routes = GraphRouter.route(graph, GraphLayout.place(graph, Self.metrics))
    #expect(routes.compactMap { $0?.head }.count == 1)
    #expect(routes.compactMap { $0?.joined }.count == 1)
  }
}
