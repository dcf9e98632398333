/// Where the boxes of a graph go: a layered drawing in the manner of
/// Sugiyama et al. and of dot (Gansner et al., "A technique for drawing
/// directed graphs"), on the character grid.
///
/// Roots make the first column. The other boxes are drawn component by
/// component (a weakly connected part of the graph without its roots), each
/// component layered on its own from its sources: a depth-first search from
/// the boxes nothing else in the component points at (in the graph's order)
/// finds the edges that close cycles; the others go left to right, each box
/// in the layer after its furthest predecessor (longest path). Boxes of a
/// layer are ordered by barycenter sweeps, then placed top to bottom, each
/// as level as it can be with the slots that point at it, so chains are
/// straight lines. A layer taller than the view wraps into more columns.
/// Components are then packed into the view, a column at a time, in order
/// of rank (the object graph ranks the program's data before its code).
///
/// Laying a component out from its own sources, not from the frames that
/// happen to hold it, is what keeps pictures still from step to step: a
/// pair of objects stays where it is when the names that held it go.
/// Everything is a function of the graph and the metrics: the same input,
/// the same placement.
enum GraphLayout {
  /// Columns right of the rightmost boxes for a loop's stub and its turn.
  static let loopMargin = 2

  static func place(_ graph: LayoutGraph, _ metrics: LayoutMetrics) -> GraphPlacement {
    let n = graph.nodes.count
    var boxes = Array(repeating: Rect(x: 0, y: 0, width: 0, height: 0), count: n)
    var isBack = Array(repeating: false, count: graph.edges.count)
    var outEdges = Array(repeating: [Int](), count: n)
    for (e, edge) in graph.edges.enumerated() { outEdges[edge.source].append(e) }

    // The roots' column.
    var rootsWidth = 0
    var rootsBottom = 0
    for i in 0..<n where graph.nodes[i].isRoot {
      let node = graph.nodes[i]
      boxes[i] = Rect(
        x: 0, y: rootsBottom == 0 ? 0 : rootsBottom + metrics.rowGap, width: node.width, height: node.height)
      rootsBottom = boxes[i].maxY
      rootsWidth = max(rootsWidth, node.width)
    }
    // Root edges turn in the gap after the roots: room for a few tracks.
    let rootEdges = graph.edges.filter { graph.nodes[$0.source].isRoot && !graph.nodes[$0.target].isRoot }.count
    var originX = rootsWidth > 0 ? rootsWidth + metrics.columnGap + min(4, rootEdges / 2) : 0
    if let fixed = metrics.rootsWidth, rootsWidth > 0 {
      rootsWidth = fixed
      originX = fixed + metrics.columnGap + 2
    }

    // The components, first box first.
    var parts = UnionFind(count: n)
    for edge in graph.edges where !graph.nodes[edge.source].isRoot && !graph.nodes[edge.target].isRoot {
      if graph.nodes[edge.source].isTransient || graph.nodes[edge.target].isTransient { continue }
      parts.union(edge.source, edge.target)
    }
    var members: [Int: [Int]] = [:]
    var order: [Int] = []
    var rank: [Int: Int] = [:]
    for i in 0..<n where !graph.nodes[i].isRoot {
      let r = parts.find(i)
      if members[r] == nil { order.append(r) }
      members[r, default: []].append(i)
      rank[r] = graph.nodes[i].isTransient ? Int.max : min(rank[r] ?? Int.max, graph.nodes[i].rank)
    }
    order.sort {
      (graph.nodes[$0].isTransient ? 1 : 0, rank[$0]!, $0) < (graph.nodes[$1].isTransient ? 1 : 0, rank[$1]!, $1)
    }

    // The last columns stay free: an edge that closes a cycle leaves its
    // box's right border and turns down there, and that turn must be in
    // view for the cycle to look like a loop.
    let areaWidth = max(1, metrics.viewWidth - originX - loopMargin)
    let components = order.map {
      cachedComponent(members[$0]!, graph, outEdges, metrics, bandWidth: areaWidth, &isBack)
    }
    // Columns of components as tall as the view, or shorter when that
    // spreads the drawing over the view more evenly (a wide view gets
    // more columns): the packing whose extent fits the view best.
    var best: (score: Int, spots: [Point])?
    let tallest = components.map(\.height).max() ?? 1
    for limit in Set([4, 3, 2, 1].map { max(tallest, metrics.viewHeight * $0 / 4) }).sorted(by: >) {
      let spots = pack(components, width: areaWidth, limit: limit, gap: metrics)
      var right = rootsWidth
      var bottom = rootsBottom
      for (c, spot) in spots.enumerated() {
        right = max(right, originX + spot.x + components[c].width)
        bottom = max(bottom, spot.y + components[c].height)
      }
      // In thousandths of the view: the larger extent when it fits, far
      // worse (by the overflow) when it does not.
      let w = right * 1000 / max(1, metrics.viewWidth)
      let h = bottom * 1000 / max(1, metrics.viewHeight)
      let score = w <= 1000 && h <= 1000 ? max(w, h) : 1_000_000 + max(0, w - 1000) + max(0, h - 1000)
      if best == nil || score < best!.score { best = (score, spots) }
    }
    for (c, component) in components.enumerated() {
      let spot = best!.spots[c]
      for (node, at) in component.offsets {
        boxes[node] = Rect(
          x: originX + spot.x + at.x, y: spot.y + at.y, width: graph.nodes[node].width, height: graph.nodes[node].height
        )
      }
    }
    var width = 0
    var height = 0
    for box in boxes where box.width > 0 {
      width = max(width, box.maxX)
      height = max(height, box.maxY)
    }
    var used = Point(x: max(width, rootsWidth), y: max(height, rootsBottom))
    for (c, component) in components.enumerated() {
      used.x = max(used.x, originX + best!.spots[c].x + component.width)
      used.y = max(used.y, best!.spots[c].y + component.height)
    }
    // Room for a loop to turn right of the last boxes and under the lowest.
    return GraphPlacement(boxes: boxes, width: width + 3, height: height + 3, isBackEdge: isBack, used: used)
  }

  /// Each component's top-left corner, packed a column at a time under a
  /// skyline: the leftmost place it fits within `limit` rows.
  static func pack(_ components: [ComponentLayout], width: Int, limit: Int, gap metrics: LayoutMetrics) -> [Point] {
    var skyline = Array(repeating: 0, count: width)
    var spots: [Point] = []
    for component in components {
      let (x, y) = packingSpot(width: component.width, height: component.height, limit: limit, in: skyline)
      let top = y + component.height + metrics.componentGap
      // The gap right of it is kept too, but never lowered: a taller
      // neighbour there still stands.
      for c in x..<min(width, x + component.width + metrics.columnGap) { skyline[c] = max(skyline[c], top) }
      if component.width > width { skyline = skyline.map { max($0, top) } }
      spots.append(Point(x: x, y: y))
    }
    return spots
  }

  /// Where a component `width` x `height` goes under the skyline: the
  /// leftmost place it fits whole within `limit` rows (topmost there), so
  /// components fill the view a column at a time; where none does, the
  /// highest place.
  static func packingSpot(width: Int, height: Int, limit: Int, in skyline: [Int]) -> (x: Int, y: Int) {
    guard width < skyline.count else { return (0, skyline.max() ?? 0) }
    var highest = (x: 0, y: Int.max)
    for x in 0...(skyline.count - width) where x == 0 || skyline[x] != skyline[x - 1] {
      var y = 0
      for c in x..<(x + width) { y = max(y, skyline[c]) }
      if y + height <= limit { return (x, y) }
      if y < highest.y { highest = (x, y) }
    }
    return highest
  }

  /// A component's layout, from the cache when the same component (the
  /// same boxes and edges between them) was laid out before.
  static func cachedComponent(
    _ members: [Int], _ graph: LayoutGraph, _ outEdges: [[Int]], _ metrics: LayoutMetrics, bandWidth: Int,
    _ isBack: inout [Bool]
  ) -> ComponentLayout {
    var local: [Int: Int] = [:]
    for (i, m) in members.enumerated() { local[m] = i }
    // The component alone, numbered from 0 (its rank plays no part here).
    var sub = LayoutGraph(
      nodes: members.map { LayoutGraph.Node(width: graph.nodes[$0].width, height: graph.nodes[$0].height) })
    var edgeIDs: [Int] = []
    for (i, m) in members.enumerated() {
      for e in outEdges[m] {
        guard let t = local[graph.edges[e].target] else { continue }
        var edge = graph.edges[e]
        edge.source = i
        edge.target = t
        sub.edges.append(edge)
        edgeIDs.append(e)
      }
    }
    let cached = LayoutCache.shared.component(.init(graph: sub, metrics: metrics, bandWidth: bandWidth)) {
      var back = Array(repeating: false, count: sub.edges.count)
      var out = Array(repeating: [Int](), count: sub.nodes.count)
      for (e, edge) in sub.edges.enumerated() { out[edge.source].append(e) }
      let layout = layoutComponent(Array(sub.nodes.indices), sub, out, metrics, bandWidth: bandWidth, &back)
      return LayoutCache.Component(layout: layout, isBackEdge: back)
    }
    for (k, e) in edgeIDs.enumerated() where cached.isBackEdge[k] { isBack[e] = true }
    return ComponentLayout(
      offsets: cached.layout.offsets.map { (members[$0.node], $0.at) }, width: cached.layout.width,
      height: cached.layout.height)
  }

  struct ComponentLayout: Sendable {
    /// Each node and its top-left corner relative to the component's.
    var offsets: [(node: Int, at: Point)]
    var width: Int
    var height: Int
  }

  /// One component's layered drawing.
  static func layoutComponent(
    _ members: [Int], _ graph: LayoutGraph, _ outEdges: [[Int]], _ metrics: LayoutMetrics, bandWidth: Int,
    _ isBack: inout [Bool]
  ) -> ComponentLayout {
    let count = members.count
    var local: [Int: Int] = [:]
    for (i, m) in members.enumerated() { local[m] = i }
    // Out-edges inside the component (self-loops drawn on their box only).
    var out = Array(repeating: [(edge: Int, to: Int)](), count: count)
    var inDegree = Array(repeating: 0, count: count)
    for (i, m) in members.enumerated() {
      for e in outEdges[m] {
        guard let t = local[graph.edges[e].target], t != i else { continue }
        out[i].append((e, t))
        inDegree[t] += 1
      }
    }
    // Depth-first from the sources: an edge to a box still on the stack
    // closes a cycle.
    var state = Array(repeating: 0, count: count)  // 0 new, 1 on the stack, 2 done
    var preorder = Array(repeating: 0, count: count)
    var postorder: [Int] = []
    var visited = 0
    let starts = (0..<count).filter { inDegree[$0] == 0 } + Array(0..<count)
    for start in starts where state[start] == 0 {
      var stack = [(node: start, next: 0)]
      state[start] = 1
      preorder[start] = visited
      visited += 1
      while let top = stack.last {
        if top.next < out[top.node].count {
          stack[stack.count - 1].next += 1
          let (e, t) = out[top.node][top.next]
          switch state[t] {
          case 0:
            state[t] = 1
            preorder[t] = visited
            visited += 1
            stack.append((t, 0))
          case 1: isBack[e] = true
          default: break
          }
        } else {
          state[top.node] = 2
          postorder.append(top.node)
          stack.removeLast()
        }
      }
    }
    // Longest path layering over the edges left.
    var layer = Array(repeating: 0, count: count)
    for u in postorder.reversed() {
      for (e, t) in out[u] where !isBack[e] { layer[t] = max(layer[t], layer[u] + 1) }
    }
    let layerCount = (layer.max() ?? 0) + 1
    var layers = Array(repeating: [Int](), count: layerCount)
    for v in (0..<count).sorted(by: { preorder[$0] < preorder[$1] }) { layers[layer[v]].append(v) }
    let heights = members.map { graph.nodes[$0].height }
    let widths = members.map { graph.nodes[$0].width }
    var incoming = Array(repeating: [(from: Int, port: Int)](), count: count)
    for u in 0..<count {
      for (e, t) in out[u] where !isBack[e] { incoming[t].append((u, graph.edges[e].port)) }
    }
    orderLayers(&layers, out: out, incoming: incoming, heights: heights, isBack: isBack, graph, metrics)

    // Columns: a layer taller than the view wraps.
    let limit = max(metrics.viewHeight - 2, heights.max() ?? 1)
    var columns: [[Int]] = []
    for nodes in layers {
      var column: [Int] = []
      var used = 0
      for v in nodes {
        if !column.isEmpty, used + heights[v] > limit {
          columns.append(column)
          column = []
          used = 0
        }
        column.append(v)
        used += heights[v] + metrics.rowGap
      }
      columns.append(column)
    }
    // Rows: each box level with what points at it, below the one above.
    var y = Array(repeating: 0, count: count)
    var placed = Array(repeating: false, count: count)
    var columnOf = Array(repeating: 0, count: count)
    for (c, column) in columns.enumerated() {
      var cursor = 0
      for v in column {
        let sources = incoming[v].filter { placed[$0.from] }
        var want = cursor
        if !sources.isEmpty {
          // Level with the slots that point here: the same top when the
          // slot's row is a row of this box too (a chain stays a line),
          // else the slot's row at this box's first row inside.
          let row = sources.map { y[$0.from] + $0.port }.reduce(0, +) / sources.count
          let top = sources.map { y[$0.from] }.reduce(0, +) / sources.count
          let inside = min(1, heights[v] - 1)...max(min(1, heights[v] - 1), heights[v] - 2)
          want = inside.contains(row - top) ? top : row - inside.lowerBound
        }
        y[v] = max(cursor, want)
        cursor = y[v] + heights[v] + metrics.rowGap
        placed[v] = true
        columnOf[v] = c
      }
    }
    // Columns: as wide as their widest box, with room for the edges that
    // turn between them.
    var tracks = Array(repeating: 0, count: columns.count)
    var loopsRight = false
    var backCount = 0
    for u in 0..<count {
      let hasSelfLoop = outEdges[members[u]].contains { graph.edges[$0].target == members[u] }
      if hasSelfLoop { tracks[columnOf[u]] += 1 }
      for (e, t) in out[u] {
        if isBack[e] { backCount += 1 }
        let straight =
          !isBack[e] && columnOf[t] == columnOf[u] + 1
          && y[u] + graph.edges[e].port == y[t] + min(1, heights[t] - 1)
        if !straight { tracks[columnOf[u]] += 1 }
        if !isBack[e], columnOf[t] > columnOf[u] + 1 { tracks[columnOf[t] - 1] += 1 }
        if (isBack[e] || hasSelfLoop), columnOf[u] == columns.count - 1 { loopsRight = true }
      }
      if hasSelfLoop, columnOf[u] == columns.count - 1 { loopsRight = true }
    }
    // Columns wider than the view wrap into bands under each other, as
    // text does (a long linked list reads left to right, then on below); a
    // pair stays side by side, its loop under it.
    let under = backCount > 0 ? 2 + min(3, backCount - 1) : 0
    var bandOf = Array(repeating: 0, count: columns.count)
    var columnX = Array(repeating: 0, count: columns.count)
    var x = 0
    var width = 0
    for (c, column) in columns.enumerated() {
      let columnWidth = column.map { widths[$0] }.max() ?? 0
      if c > 0, x + columnWidth > bandWidth, columns.count > 2 {
        width = max(width, x)
        x = 0
        bandOf[c] = bandOf[c - 1] + 1
      } else if c > 0 {
        bandOf[c] = bandOf[c - 1]
      }
      columnX[c] = x
      x += columnWidth
      // Two widths of gap only (edges that turn there get the wider), so
      // one more edge does not move the columns after it.
      if c < columns.count - 1 { x += max(metrics.columnGap, tracks[c] == 0 ? 3 : 6) }
    }
    width = max(width, x)
    // Each band starts under the one before, wherever its rows begin.
    let bands = (bandOf.last ?? 0) + 1
    var low = Array(repeating: Int.max, count: bands)
    var high = Array(repeating: 0, count: bands)
    for (c, column) in columns.enumerated() {
      for v in column {
        low[bandOf[c]] = min(low[bandOf[c]], y[v])
        high[bandOf[c]] = max(high[bandOf[c]], y[v] + heights[v])
      }
    }
    var offset = Array(repeating: 0, count: bands)
    var bottom = high[0]
    for b in 1..<max(1, bands) {
      offset[b] = bottom + under + 2 - low[b]
      bottom = offset[b] + high[b]
    }
    var offsets: [(node: Int, at: Point)] = []
    for (c, column) in columns.enumerated() {
      for v in column { offsets.append((members[v], Point(x: columnX[c], y: offset[bandOf[c]] + y[v]))) }
    }
    // Loops back run under the boxes; a loop from the last column turns
    // right of it.
    return ComponentLayout(offsets: offsets, width: width + (loopsRight ? 3 : 0), height: bottom + under)
  }

  /// Barycenter sweeps (down, then up, twice): each box moves towards the
  /// mean row of the slots that point at it, then of the boxes it points
  /// at. Ties keep the order they had, so the result is deterministic and
  /// changes little when the graph does.
  static func orderLayers(
    _ layers: inout [[Int]], out: [[(edge: Int, to: Int)]], incoming: [[(from: Int, port: Int)]], heights: [Int],
    isBack: [Bool], _ graph: LayoutGraph, _ metrics: LayoutMetrics
  ) {
    guard layers.count > 1 else { return }
    var position = Array(repeating: 0, count: heights.count)
    func measure(_ nodes: [Int]) {
      var row = 0
      for v in nodes {
        position[v] = row
        row += heights[v] + metrics.rowGap
      }
    }
    for nodes in layers { measure(nodes) }
    func reorder(_ l: Int, key: (Int) -> Int?) {
      let keyed = layers[l].enumerated().map { (i, v) -> (key: Int, index: Int, node: Int) in
        (key(v) ?? position[v], i, v)
      }
      layers[l] = keyed.sorted { ($0.key, $0.index) < ($1.key, $1.index) }.map(\.node)
      measure(layers[l])
    }
    for _ in 0..<2 {
      for l in 1..<layers.count {
        reorder(l) { v in
          let sources = incoming[v]
          guard !sources.isEmpty else { return nil }
          return sources.map { position[$0.from] + $0.port }.reduce(0, +) / sources.count
        }
      }
      for l in stride(from: layers.count - 2, through: 0, by: -1) {
        reorder(l) { v in
          let targets = out[v].filter { !isBack[$0.edge] }
          guard !targets.isEmpty else { return nil }
          return targets.map { position[$0.to] - graph.edges[$0.edge].port + 1 }.reduce(0, +) / targets.count
        }
      }
    }
  }
}
