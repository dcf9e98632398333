import GCEngine
import GCVizTimeline

/// The object graph laid out and routed for a view size: the graph, where
/// its boxes go, the path of every edge. The panel shows a window of it.
struct GraphDrawing {
  var graph: HeapGraph
  var style: GraphStyle
  var layout: LayoutGraph
  var placement: GraphPlacement
  var routes: [Route?]

  /// The first of the style's compactions whose drawing fits the view
  /// (if none does, the one that shows the most objects in view), routed.
  /// A big heap goes straight to the last.
  init(_ scene: Scene, viewWidth: Int, viewHeight: Int) {
    let base = GraphStyle.forView(width: viewWidth, height: viewHeight)
    let metrics = LayoutMetrics(
      viewWidth: viewWidth, viewHeight: viewHeight, rowGap: 1, columnGap: 3, componentGap: 1, rootsWidth: base.rootWidth
    )
    var styles = base.compactions()
    // Each try folds the whole heap again: a big one is folded once, as
    // much as it can be.
    if scene.drawn.count > Self.bigHeap { styles = Array(styles.suffix(1)) }
    var chosen: (inView: Int, style: GraphStyle, graph: HeapGraph, layout: LayoutGraph, placement: GraphPlacement)?
    var repeats: RepeatRanks?
    for style in styles {
      if style.repeatsDrawn != nil, repeats == nil, scene.drawn.count <= Self.bigHeap {
        repeats = RepeatRanks(scene, drawn: scene.drawn)
      }
      // Keeping k of each repeat changes nothing when no shape repeats k times.
      if let kept = style.repeatsDrawn, let repeats, repeats.most < Int32(kept) { continue }
      let graph = HeapGraph.build(scene, style, repeats: repeats)
      let layout = graph.layoutGraph(style)
      let placement = LayoutCache.shared.placement(.init(graph: layout, metrics: metrics)) {
        GraphLayout.place(layout, metrics)
      }
      // Objects seen one by one: boxes in the view, and the objects drawn
      // as rows of those boxes.
      var inView = 0
      for (i, box) in placement.boxes.enumerated() where box.maxX <= viewWidth && box.maxY <= viewHeight {
        inView += 1 + graph.boxes[i].inlined
      }
      if chosen == nil || inView > chosen!.inView { chosen = (inView, style, graph, layout, placement) }
      if placement.used.x <= viewWidth && placement.used.y <= viewHeight {
        chosen = (inView, style, graph, layout, placement)
        break
      }
    }
    (_, style, graph, layout, placement) = chosen!
    let (layout, placement) = (self.layout, self.placement)
    routes = LayoutCache.shared.routes(.init(graph: layout, metrics: metrics)) { GraphRouter.route(layout, placement) }
  }

  /// How far the drawing reaches (columns, rows): its boxes, its lines
  /// and the listing under them, not the margin left for loops.
  var extent: Point {
    var x = 0
    var y = 0
    for box in placement.boxes {
      x = max(x, box.maxX)
      y = max(y, box.maxY)
    }
    for route in routes {
      for cell in route?.cells ?? [] {
        x = max(x, cell.x + 1)
        y = max(y, cell.y + 1)
      }
    }
    let listing = listedCount > 0 ? graph.listed.count + unrouted.count + 1 : 0
    return Point(x: x, y: listing > 0 ? placement.height + listing : y)
  }

  /// Drawn objects past which only the last compaction is tried.
  static let bigHeap = 1_000

  /// Edges no path was found for: listed under the drawing.
  var unrouted: [Int] { routes.indices.filter { routes[$0] == nil } }

  /// References the drawing lists in words (rows that ran out, edges with
  /// no path), in order.
  func listing(_ glyphs: Glyphs) -> [String] {
    var lines = graph.listed
    for e in unrouted {
      let edge = layout.edges[e]
      let row = graph.boxes[edge.source].rows[edge.port - 1].text
      lines.append(
        "\(graph.boxes[edge.source].title) \(glyphs.edgeLine)\(row)\(glyphs.edgeLine)\(glyphs.edgeHead) "
          + graph.boxes[edge.target].title)
    }
    return lines
  }

  /// How many references the listing stands for.
  var listedCount: Int { graph.listedCount + unrouted.map { graph.edgeWeights[$0] }.reduce(0, +) }

  /// The whole drawing on a grid of its own size: edges, boxes, then the
  /// listing under them.
  func canvas(_ glyphs: Glyphs) -> Grid {
    let listing = listing(glyphs)
    let listingWidth = listing.map { TextWidth.of($0) }.max() ?? 0
    var grid = Grid(
      width: max(placement.width, listingWidth + 1),
      height: placement.height + (listing.isEmpty ? 0 : listing.count + 1))
    drawEdges(&grid, glyphs)
    for (i, box) in graph.boxes.enumerated() { drawBox(&grid, box, placement.boxes[i], glyphs) }
    if !listing.isEmpty {
      let top = placement.height
      grid.put("not drawn (no room):", x: 0, y: top, style: Palette.dim)
      for (i, line) in listing.enumerated() { grid.put(line, x: 0, y: top + 1 + i, style: Palette.dim) }
    }
    return grid
  }

  /// Every route's cells, joined where lines meet, then the arrowheads.
  func drawEdges(_ grid: inout Grid, _ glyphs: Glyphs) {
    let width = placement.width
    var bits = [UInt8](repeating: 0, count: width * placement.height)
    var weak = [Bool](repeating: false, count: width * placement.height)
    var styles = [Style](repeating: .plain, count: width * placement.height)
    for (e, route) in routes.enumerated() {
      guard let route else { continue }
      let cells = route.cells
      let isWeak = layout.edges[e].isWeak
      let end = route.head == nil ? cells.count : cells.count - 1
      for i in 0..<cells.count {
        let p = cells[i]
        let index = p.y * width + p.x
        var b: UInt8 = 0
        if i == 0 {
          b |= Direction.west.bit
        } else {
          b |= GraphRouter.direction(from: p, to: cells[i - 1]).bit
        }
        if i + 1 < cells.count { b |= GraphRouter.direction(from: p, to: cells[i + 1]).bit }
        if i < end {
          // A joined cell keeps the other line's style; the rest take this one's.
          if bits[index] == 0 || i + 1 < cells.count { styles[index] = graph.edgeStyles[e] }
          bits[index] |= b
          if isWeak { weak[index] = true }
        }
      }
    }
    for y in 0..<placement.height {
      for x in 0..<width where bits[y * width + x] != 0 {
        let b = bits[y * width + x]
        var glyph = glyphs.lines[Int(b)]
        if weak[y * width + x] {
          if b & 0b0101 != 0 && b & 0b1010 == 0 { glyph = glyphs.weakHorizontal }
          if b & 0b1010 != 0 && b & 0b0101 == 0 { glyph = glyphs.weakVertical }
        }
        grid.putGlyph(glyph, x: x, y: y, style: styles[y * width + x])
      }
    }
    for (e, route) in routes.enumerated() {
      guard let route, let head = route.head, let p = route.cells.last else { continue }
      let heads = layout.edges[e].isWeak ? glyphs.weakHeads : glyphs.heads
      grid.putGlyph(heads[head.rawValue], x: p.x, y: p.y, style: graph.edgeStyles[e])
    }
  }

  /// A box: its title in the top border, its rows, and a port (`├`) on
  /// the right border of each row an edge leaves from.
  func drawBox(_ grid: inout Grid, _ box: GraphBox, _ rect: Rect, _ g: Glyphs) {
    guard rect.width >= 4, rect.height >= 2 else { return }
    let inner = rect.width - 2
    let title = TextWidth.truncate(box.title, to: inner - 2, ellipsis: g.ellipsis)
    let titleWidth = TextWidth.of(title)
    grid.putGlyph(g.topLeft, x: rect.x, y: rect.y, style: box.style)
    grid.putGlyph(g.horizontal, x: rect.x + 1, y: rect.y, style: box.style)
    grid.put(" " + title + " ", x: rect.x + 1, y: rect.y, style: box.titleStyle)
    grid.horizontalLine(
      x: rect.x + 3 + titleWidth, y: rect.y, length: inner - 2 - titleWidth, glyph: g.horizontal, style: box.style)
    grid.putGlyph(g.topRight, x: rect.maxX - 1, y: rect.y, style: box.style)
    for (i, row) in box.rows.enumerated() where i < rect.height - 2 {
      let y = rect.y + 1 + i
      grid.putGlyph(g.vertical, x: rect.x, y: y, style: box.style)
      grid.fill(x: rect.x + 1, y: y, width: inner, height: 1, style: box.style)
      let text = TextWidth.truncate(row.text, to: inner - (row.isPort ? 4 : 2), ellipsis: g.ellipsis)
      let used = grid.put(text, x: rect.x + 2, y: y, style: row.style)
      if row.isPort {
        let line = row.isWeak ? g.weakHorizontal : g.horizontal
        grid.horizontalLine(x: rect.x + 3 + used, y: y, length: inner - 2 - used, glyph: line, style: row.style)
        grid.putGlyph(g.port, x: rect.maxX - 1, y: y, style: row.style)
      } else {
        grid.putGlyph(g.vertical, x: rect.maxX - 1, y: y, style: box.style)
      }
    }
    grid.putGlyph(g.bottomLeft, x: rect.x, y: rect.maxY - 1, style: box.style)
    grid.horizontalLine(x: rect.x + 1, y: rect.maxY - 1, length: inner, glyph: g.horizontal, style: box.style)
    grid.putGlyph(g.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, style: box.style)
  }
}
