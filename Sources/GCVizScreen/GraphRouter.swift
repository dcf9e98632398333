/// The cells one edge's line runs through: from the first cell right of
/// its source's port to its arrowhead, or to the cell where it joins the
/// line of another edge to the same target.
struct Route: Equatable, Sendable {
  var cells: [Point]
  /// Where the arrowhead points (into the target) when the route ends in
  /// one, at its last cell.
  var head: Direction?
  /// The edge whose line this one joins at its last cell (nil: it has its own head).
  var joined: Int?
}

/// Orthogonal edge routing on the character grid, as Graph::Easy and
/// mermaid-ascii do it: each edge is a shortest path (A*) through the free
/// cells, where a turn costs more than a step, crossing another line costs
/// more still, and lines never run along each other, except that an edge
/// may end on the line of another edge to the same target (a junction),
/// so ten names of one object do not bring ten arrowheads. Boxes are
/// walls; a line keeps a cell's distance from them when it can. An edge
/// ends with its arrowhead in the cell next to its target's border,
/// pointing in: from the left `▶`, from above `▼`, from below `▲`, from
/// the right `◀` (a self-reference: a small loop on its box).
final class GraphRouter {
  enum Kind: UInt8 {
    /// `port`: a cell an edge will start from; `start`: one it did (no
    /// other line joins or crosses an edge at its very start).
    case free, box, port, start, horizontal, vertical, bend, crossing, head, junction
  }

  static let stepCost: Int32 = 2
  static let turnCost: Int32 = 5
  static let crossingCost: Int32 = 14
  /// A step next to a box border (lines keep off them when they can).
  static let nearCost: Int32 = 3
  /// States one search may expand before it gives up.
  static let searchLimit = 20_000
  /// States all the searches of one drawing may expand: past it, the edges
  /// left are listed instead of routed. A crowded heap whose edges find no
  /// path would otherwise search every window to its limit for each of
  /// hundreds of edges (minutes in a debug build); a count, not a clock, so
  /// the same state still draws the same grid.
  static let drawingBudget = 400_000
  /// What the searches of this drawing have expanded so far.
  private(set) var expandedTotal = 0

  let width: Int
  let height: Int
  private let graph: LayoutGraph
  private let boxes: [Rect]
  // The grid and the search buffers live in raw memory: the search runs
  // thousands of steps per edge, in debug builds too (the tests).
  private let kinds: UnsafeMutablePointer<Kind>
  /// The edge whose line holds the cell (-1: none).
  private let owners: UnsafeMutablePointer<Int32>
  private let near: UnsafeMutablePointer<Bool>
  // A state is a cell and the way it was entered (4 per cell).
  private let cost: UnsafeMutablePointer<Int32>
  private let parent: UnsafeMutablePointer<Int32>
  private let stamp: UnsafeMutablePointer<UInt32>
  private let done: UnsafeMutablePointer<UInt32>
  /// Per opened state: not a goal, an arrowhead (-1), or the edge it joins.
  private let goalOf: UnsafeMutablePointer<Int32>
  static let notGoal: Int32 = -2
  private var generation: UInt32 = 0
  private var heap: UnsafeMutablePointer<UInt64>
  private var heapCount = 0
  private var heapCapacity = 1024

  init(_ graph: LayoutGraph, _ placement: GraphPlacement) {
    self.graph = graph
    boxes = placement.boxes
    width = placement.width
    height = placement.height
    let cells = width * height
    kinds = .allocate(capacity: cells)
    kinds.initialize(repeating: .free, count: cells)
    owners = .allocate(capacity: cells)
    owners.initialize(repeating: -1, count: cells)
    near = .allocate(capacity: cells)
    near.initialize(repeating: false, count: cells)
    cost = .allocate(capacity: cells * 4)
    parent = .allocate(capacity: cells * 4)
    stamp = .allocate(capacity: cells * 4)
    stamp.initialize(repeating: 0, count: cells * 4)
    done = .allocate(capacity: cells * 4)
    done.initialize(repeating: 0, count: cells * 4)
    goalOf = .allocate(capacity: cells * 4)
    heap = .allocate(capacity: heapCapacity)
    for box in boxes where box.width > 0 {
      for y in box.y..<box.maxY {
        for x in box.x..<box.maxX { kinds[y * width + x] = .box }
      }
    }
    for box in boxes where box.width > 0 {
      for y in max(0, box.y - 1)..<min(height, box.maxY + 1) {
        for x in max(0, box.x - 1)..<min(width, box.maxX + 1) where kinds[y * width + x] == .free {
          near[y * width + x] = true
        }
      }
    }
    for edge in graph.edges {
      let p = Self.port(of: edge, boxes)
      if contains(p), kinds[p.y * width + p.x] == .free { kinds[p.y * width + p.x] = .port }
    }
  }

  deinit {
    for pointer in [
      UnsafeMutableRawPointer(kinds), .init(owners), .init(near), .init(cost), .init(parent), .init(goalOf),
    ] {
      pointer.deallocate()
    }
    stamp.deallocate()
    done.deallocate()
    heap.deallocate()
  }

  /// The cell an edge starts in: right of its source's border, at its slot.
  static func port(of edge: LayoutGraph.Edge, _ boxes: [Rect]) -> Point {
    let box = boxes[edge.source]
    return Point(x: box.maxX, y: box.y + edge.port)
  }

  func contains(_ p: Point) -> Bool { p.x >= 0 && p.y >= 0 && p.x < width && p.y < height }

  func kind(at p: Point) -> Kind { contains(p) ? kinds[p.y * width + p.x] : .box }

  /// Routes every edge (nil where no path exists), in an order that keeps
  /// the drawing tidy: self-loops, then the shortest first.
  static func route(_ graph: LayoutGraph, _ placement: GraphPlacement) -> [Route?] {
    let router = GraphRouter(graph, placement)
    var routes = [Route?](repeating: nil, count: graph.edges.count)
    for e in routingOrder(graph, placement) { routes[e] = router.route(e, routes) }
    return routes
  }

  static func routingOrder(_ graph: LayoutGraph, _ placement: GraphPlacement) -> [Int] {
    func rank(_ e: Int) -> (Int, Int, Int) {
      let edge = graph.edges[e]
      if edge.source == edge.target { return (0, 0, e) }
      let from = port(of: edge, placement.boxes)
      let to = placement.boxes[edge.target]
      let distance = abs(to.x - from.x) + abs(to.y + 1 - from.y)
      let category = graph.nodes[edge.source].isRoot ? 3 : placement.isBackEdge[e] ? 2 : 1
      return (category, distance, e)
    }
    return graph.edges.indices.sorted { rank($0) < rank($1) }
  }

  /// Finds and claims the path of edge `e`.
  func route(_ e: Int, _ routes: [Route?]) -> Route? {
    let edge = graph.edges[e]
    let start = Self.port(of: edge, boxes)
    guard contains(start), kinds[start.y * width + start.x] == .port else { return nil }
    let target = boxes[edge.target]
    let bounds = Rect(
      x: min(start.x, target.x), y: min(start.y, target.y),
      width: max(start.x, target.maxX) - min(start.x, target.x),
      height: max(start.y, target.maxY) - min(start.y, target.y))
    // Near the two ends first, then wider; a path that cannot be found is
    // given up (the edge is listed) rather than searched for everywhere.
    // A target level with the slot, free cells between: the straight line
    // the search would find, without searching.
    var found = straight(from: start, to: target)
    var searched: Rect?
    for margin in [4, 12, max(width, height)] where found == nil && expandedTotal < Self.drawingBudget {
      let window = Rect(
        x: bounds.x - margin, y: bounds.y - margin, width: bounds.width + 2 * margin,
        height: bounds.height + 2 * margin
      ).clipped(width: width, height: height)
      // A wider margin that the grid's edges cut back to the same window
      // would search the same cells again.
      if window == searched { break }
      searched = window
      found = search(e, from: start, within: window)
    }
    guard let found else { return nil }
    claim(e, found)
    return found
  }

  /// The straight line east from `start` to an arrowhead on `target`'s
  /// left border, if the row is level with the target's inside and free.
  private func straight(from start: Point, to target: Rect) -> Route? {
    let rows = target.height >= 3 ? (target.y + 1)..<(target.maxY - 1) : target.y..<target.maxY
    guard rows.contains(start.y), target.x - 1 > start.x else { return nil }
    var cells = [start]
    for x in (start.x + 1)..<target.x {
      let i = start.y * width + x
      guard kinds[i] == .free, !(near[i] && x < target.x - 1 && x > start.x + 1) else { return nil }
      cells.append(Point(x: x, y: start.y))
    }
    return Route(cells: cells, head: .east, joined: nil)
  }

  /// A* over (cell, direction) states inside `window`. A goal state (an
  /// arrowhead cell entered pointing in, or a line to the same target) is
  /// opened like any other and ends the search when it is the cheapest.
  private func search(_ e: Int, from start: Point, within window: Rect) -> Route? {
    let edge = graph.edges[e]
    let target = boxes[edge.target]
    generation &+= 1
    heapCount = 0
    let x0 = max(0, window.x)
    let y0 = max(0, window.y)
    let x1 = min(width, window.maxX)
    let y1 = min(height, window.maxY)
    // Where arrowheads may go: beside the target's rows, above or below its columns.
    let rowLow = target.height >= 3 ? target.y + 1 : target.y
    let rowHigh = target.height >= 3 ? target.maxY - 1 : target.maxY
    let columnLow = target.width >= 3 ? target.x + 1 : target.x
    let columnHigh = target.width >= 3 ? target.maxX - 1 : target.maxX
    let startState = Int32((start.y * width + start.x) * 4 + Direction.east.rawValue)
    open(startState, cost: 0, parent: -1, estimate: estimate(start.x, start.y, target), goal: Self.notGoal)
    var found: Int32 = -1
    var expanded = 0
    defer { expandedTotal += expanded }
    while let top = popMin(), expanded < Self.searchLimit {
      let state = Int(top & 0xFF_FFFF)
      if done[state] == generation { continue }
      done[state] = generation
      expanded += 1
      if goalOf[state] != Self.notGoal {
        found = Int32(state)
        break
      }
      let cell = state >> 2
      let x = cell % width
      let y = cell / width
      let d = state & 3
      let here = kinds[cell]
      let turnable = here == .free || here == .port
      let base = cost[state]
      for nd in 0..<4 where nd != (d + 2) & 3 {
        // A line turns only in a free cell (not on a crossing).
        if nd != d, !turnable { continue }
        let qx = nd == 0 ? x + 1 : nd == 2 ? x - 1 : x
        let qy = nd == 1 ? y + 1 : nd == 3 ? y - 1 : y
        guard qx >= x0, qy >= y0, qx < x1, qy < y1 else { continue }
        let qi = qy * width + qx
        let next = qi * 4 + nd
        var step = Self.stepCost + (nd != d ? Self.turnCost : 0) + (near[qi] ? Self.nearCost : 0)
        var goal = Self.notGoal
        switch kinds[qi] {
        case .free:
          let head: Bool
          switch nd {
          case 0: head = qx == target.x - 1 && qy >= rowLow && qy < rowHigh
          case 2: head = qx == target.maxX && qy >= rowLow && qy < rowHigh
          case 1: head = qy == target.y - 1 && qx >= columnLow && qx < columnHigh
          default: head = qy == target.maxY && qx >= columnLow && qx < columnHigh
          }
          if head {
            goal = -1
          } else if qx >= target.x - 1, qx <= target.maxX, qy >= target.y - 1, qy <= target.maxY {
            // Next to the target a line only arrives, it does not run
            // along the border (nor hook back into it).
            continue
          }
        case .horizontal, .vertical, .bend:
          let owner = Int(owners[qi])
          let other = graph.edges[owner]
          if other.target == edge.target, other.isWeak == edge.isWeak {
            // Ends on the other line (a junction): as good as an arrowhead.
            goal = Int32(owner)
          } else {
            // Crossing: straight over a line that runs the other way.
            guard kinds[qi] != .bend, (kinds[qi] == .horizontal) != (nd & 1 == 0) else { continue }
            step += Self.crossingCost
          }
        default:
          continue
        }
        let total = base + step
        if stamp[next] == generation, cost[next] <= total { continue }
        let h = goal == Self.notGoal ? estimate(qx, qy, target) : 0
        open(Int32(next), cost: total, parent: Int32(state), estimate: h, goal: goal)
      }
    }
    guard found >= 0 else { return nil }
    var cells: [Point] = []
    var s = found
    while s >= 0 {
      let cell = Int(s) >> 2
      cells.append(Point(x: cell % width, y: cell / width))
      s = parent[Int(s)]
    }
    cells.reverse()
    let join = goalOf[Int(found)]
    if join >= 0 { return Route(cells: cells, head: nil, joined: Int(join)) }
    return Route(cells: cells, head: Direction(rawValue: Int(found) & 3)!, joined: nil)
  }

  /// Whether moving `d` into `p` puts an arrowhead on `box`'s border
  /// (not at a corner, where it would point at nothing).
  static func isHead(_ p: Point, entering d: Direction, _ box: Rect) -> Bool {
    let rows = box.height >= 3 ? (box.y + 1)..<(box.maxY - 1) : box.y..<box.maxY
    let columns = box.width >= 3 ? (box.x + 1)..<(box.maxX - 1) : box.x..<box.maxX
    switch d {
    case .east: return p.x == box.x - 1 && rows.contains(p.y)
    case .west: return p.x == box.maxX && rows.contains(p.y)
    case .south: return p.y == box.y - 1 && columns.contains(p.x)
    case .north: return p.y == box.maxY && columns.contains(p.x)
    }
  }

  /// The cost from (x, y) to an arrowhead cell of `box` as the search
  /// estimates it: the steps, and a turn where the cell is level with the
  /// box neither way (a line must turn to reach a side from there), the
  /// steps weighted a little above their cost (a weighted A*: it goes
  /// straight for the target instead of trying every equal detour, and the
  /// paths it finds are as good to the eye).
  private func estimate(_ x: Int, _ y: Int, _ box: Rect) -> Int32 {
    let dx = max(0, box.x - 1 - x) + max(0, x - box.maxX)
    let dy = max(0, box.y - 1 - y) + max(0, y - box.maxY)
    return Int32(dx + dy) * (Self.stepCost + 1) + (dx > 0 && dy > 0 ? Self.turnCost : 0)
  }

  private func open(_ state: Int32, cost c: Int32, parent p: Int32, estimate h: Int32, goal: Int32) {
    let s = Int(state)
    stamp[s] = generation
    cost[s] = c
    parent[s] = p
    goalOf[s] = goal
    // By estimated total, then nearest the target first (open grids have
    // many equal totals; going on from the deepest explores far fewer).
    push(UInt64(UInt32(c + h)) << 44 | UInt64(UInt32(min(h, 0xFFFFF))) << 24 | UInt64(UInt32(state)))
  }

  private func push(_ value: UInt64) {
    if heapCount == heapCapacity {
      let bigger = UnsafeMutablePointer<UInt64>.allocate(capacity: heapCapacity * 2)
      bigger.moveInitialize(from: heap, count: heapCount)
      heap.deallocate()
      heap = bigger
      heapCapacity *= 2
    }
    var i = heapCount
    heapCount += 1
    while i > 0 {
      let up = (i - 1) / 2
      if heap[up] <= value { break }
      heap[i] = heap[up]
      i = up
    }
    heap[i] = value
  }

  private func popMin() -> UInt64? {
    guard heapCount > 0 else { return nil }
    let first = heap[0]
    heapCount -= 1
    guard heapCount > 0 else { return first }
    let last = heap[heapCount]
    var i = 0
    while true {
      let l = 2 * i + 1
      if l >= heapCount { break }
      let r = l + 1
      let m = r < heapCount && heap[r] < heap[l] ? r : l
      if heap[m] >= last { break }
      heap[i] = heap[m]
      i = m
    }
    heap[i] = last
    return first
  }

  /// Marks the route's cells as taken.
  private func claim(_ e: Int, _ route: Route) {
    let last = route.cells.count - 1
    for (i, p) in route.cells.enumerated() {
      let index = p.y * width + p.x
      if i == last {
        kinds[index] = route.head != nil ? .head : .junction
        if route.head != nil { owners[index] = Int32(e) }
        continue
      }
      switch kinds[index] {
      case .horizontal, .vertical:
        kinds[index] = .crossing
        continue
      default: break
      }
      let into = i == 0 ? Direction.east : Self.direction(from: route.cells[i - 1], to: p)
      let out = Self.direction(from: p, to: route.cells[i + 1])
      kinds[index] = i == 0 ? .start : into != out ? .bend : into.isHorizontal ? .horizontal : .vertical
      owners[index] = Int32(e)
    }
  }

  static func direction(from a: Point, to b: Point) -> Direction {
    if b.x > a.x { return .east }
    if b.x < a.x { return .west }
    return b.y > a.y ? .south : .north
  }
}
