import GCEngine
import GCVizTimeline

/// The object graph: the roots (frames, statics, gc.garbage) as boxes on
/// the left whose names send arrows into the heap, a box per object with
/// its count and state in words, and the references as routed arrows (see
/// `GraphLayout`, `GraphRouter`). The drawing may be bigger than the panel:
/// the panel shows a window of it (`↑`/`↓`/`←`/`→` pan it when focused),
/// and its last row says what is off view, folded or hidden.
enum ObjectsPanel {
  static func draw(_ grid: inout Grid, _ area: Rect, _ scene: Scene) {
    guard !area.isEmpty else { return }
    let view = view(inside: area)
    guard !scene.drawn.isEmpty || !scene.state.frames.isEmpty else {
      grid.put("no live objects", in: area, row: 0, style: Palette.dim)
      drawLegend(&grid, area, scene, notes: [])
      return
    }
    let drawing = GraphDrawing(scene, viewWidth: view.width, viewHeight: view.height)
    let canvas = drawing.canvas(scene.glyphs)
    let extent = drawing.extent
    let origin = Point(
      x: min(scene.options.panOffset(.objects), max(0, extent.x - view.width)),
      y: min(scene.options.scrollOffset(.objects), max(0, extent.y - view.height)))
    blit(canvas, from: origin, into: &grid, view)
    drawLegend(&grid, area, scene, notes: notes(drawing, origin, view, scene))
  }

  /// Where the drawing shows: the panel less its legend row.
  static func view(inside area: Rect) -> Rect {
    Rect(x: area.x, y: area.y, width: area.width, height: area.height - (area.height >= 6 ? 1 : 0))
  }

  /// Copies the window of `canvas` at `origin` into `view`; a wide
  /// character cut by the window's left edge leaves a blank.
  static func blit(_ canvas: Grid, from origin: Point, into grid: inout Grid, _ view: Rect) {
    for row in 0..<min(view.height, canvas.height - origin.y) {
      for column in 0..<min(view.width, canvas.width - origin.x) {
        var cell = canvas[origin.x + column, origin.y + row]
        if cell.isContinuation && column == 0 { cell = Cell(text: " ", style: cell.style) }
        if cell.width == 2 && column == view.width - 1 { cell = Cell(text: " ", style: cell.style) }
        grid[view.x + column, view.y + row] = cell
      }
    }
  }

  /// What the last row says about the drawing: folded objects, the focus,
  /// what lies beyond the window.
  static func notes(_ drawing: GraphDrawing, _ origin: Point, _ view: Rect, _ scene: Scene)
    -> [String]
  {
    var notes: [String] = []
    let graph = drawing.graph
    if let focus = scene.options.focus {
      let name = scene.object(focus.object).map { "#\($0.serial)" } ?? "#?"
      notes.append("focus \(name) ±\(focus.hops): \(Format.count(graph.objectCount)) objects · f: all")
    }
    let folded = graph.objectCount - graph.boxedCount - graph.inlineCount
    if folded > 0 {
      notes.append("\(Format.count(folded)) of \(Format.count(graph.objectCount)) objects folded")
    }
    var off = 0
    for box in drawing.placement.boxes
    where box.x < origin.x || box.y < origin.y || box.maxX > origin.x + view.width
      || box.maxY > origin.y + view.height
    {
      off += 1
    }
    let g = scene.glyphs
    var arrows: [String] = []
    let extent = drawing.extent
    if origin.x > 0 { arrows.append(g.beyond[0]) }
    if extent.x > origin.x + view.width { arrows.append(g.beyond[1]) }
    if origin.y > 0 { arrows.append(g.beyond[2]) }
    if extent.y > origin.y + view.height { arrows.append(g.beyond[3]) }
    if !arrows.isEmpty {
      let what = off > 0 ? "\(Format.count(off)) box\(off == 1 ? "" : "es") off view" : "more"
      notes.append("\(what) \(arrows.joined(separator: " "))")
    }
    let listed = drawing.listedCount
    if listed > 0 { notes.append("\(Format.count(listed)) ref\(listed == 1 ? "" : "s") listed below") }
    return notes
  }

  /// The bottom row: what the colours on screen mean in words, then the
  /// notes and the `d` hint, as many as fit.
  static func drawLegend(_ grid: inout Grid, _ area: Rect, _ scene: Scene, notes: [String]) {
    guard area.height >= 6 else { return }
    let row = area.height - 1
    var x = 0
    let sep = " \(scene.glyphs.separator) "
    let marks: [CollectionMark] = [.candidate, .reachable, .unreachable, .finalized, .cleared, .uncollectable]
    var words: [(String, Style)] = marks.filter(scene.marks.contains).map { (Format.mark($0), Palette.style(for: $0)) }
    let colors: [(TrialColor, String)] = [
      (.purple, "purple: possible root"), (.gray, "grey"), (.white, "white: garbage"),
    ]
    for (color, word) in colors where scene.trialColors.contains(color) {
      words.append((word, Palette.style(for: color)))
    }
    for (word, style) in words {
      guard x + TextWidth.of(word) + 1 <= area.width else { break }
      x += grid.put(word, in: area, column: x, row: row, style: style) + 1
    }
    var hints = notes
    if scene.hiddenCount > 0 && !scene.options.showHidden {
      hints.append("d: show \(Format.count(scene.hiddenCount)) hidden")
    } else if scene.options.showHidden {
      hints.append("d: hide hidden objects")
    }
    guard !hints.isEmpty else { return }
    if x > 0 { x += grid.put(sep.dropFirst().dropLast() + " ", in: area, column: x, row: row, style: Palette.dim) }
    guard x < area.width else { return }
    grid.put(
      Format.fit(hints, separator: sep, width: area.width - x), in: area, column: x, row: row, style: Palette.dim)
  }
}
