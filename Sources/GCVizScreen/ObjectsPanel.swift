import GCEngine
import GCVizTimeline

/// The object graph: a box per live object (`ClassA #41 rc=2`), grouped in
/// columns by generation, stacked by serial so boxes keep their places as
/// others come and go. References between neighbouring boxes are drawn as
/// vertical arrows; all others are listed under the boxes (`#41 ─t─▶ #42`).
/// Groups too big for the view fold into counted lines per type.
enum ObjectsPanel {
  static let boxHeight = 4
  /// A box and the gap under it (which holds the arrows to the next box).
  static let boxStride = 5
  static let minimumColumnWidth = 18
  static let maximumBoxWidth = 28

  enum Mode {
    /// Boxes with arrows between neighbours.
    case boxes
    /// One line per object (`[ClassA #41 rc=1 gc_refs 0]`): denser, when boxes do not fit.
    case lines
  }

  /// What one group shows: its first `shown` objects as boxes or lines,
  /// the rest as counted lines per type.
  struct GroupPlan {
    var group: ObjectGroup
    /// The objects that may get a box or line of their own, in order.
    var ids: [ObjectID]
    /// Objects in the group (some may only be counted, never in `ids`).
    var total: Int
    var mode: Mode
    var shown: Int
    var folds: [(text: String, style: Style)]
    var top: Int
    var height: Int {
      switch mode {
      case .boxes: return 1 + shown * ObjectsPanel.boxStride + folds.count + (folds.isEmpty ? 0 : 1)
      case .lines: return 1 + shown + folds.count + 1
      }
    }
    /// Where object `index` (< shown) starts, relative to `top`.
    func offset(_ index: Int) -> Int { 1 + index * (mode == .boxes ? ObjectsPanel.boxStride : 1) }
    /// The row after the shown objects, where the counted lines start.
    var foldTop: Int { top + 1 + shown * (mode == .boxes ? ObjectsPanel.boxStride : 1) }
  }

  struct Layout {
    var plans: [[GroupPlan]]
    var height: Int
    var shown: Set<ObjectID>

    /// Every group drawn the same way (same mode, same objects).
    func sameObjects(as other: Layout) -> Bool {
      zip(plans.joined(), other.plans.joined()).allSatisfy { $0.mode == $1.mode && $0.shown == $1.shown }
    }

    /// The same objects shown, in the same order and modes: the reference
    /// list under them is the same.
    func listsSameEdges(as other: Layout) -> Bool {
      plans.map(\.count) == other.plans.map(\.count)
        && zip(plans.joined(), other.plans.joined()).allSatisfy {
          $0.mode == $1.mode && $0.ids[..<$0.shown] == $1.ids[..<$1.shown]
        }
    }
  }

  static func draw(_ grid: inout Grid, _ area: Rect, _ scene: Scene) {
    guard !area.isEmpty else { return }
    let present = ObjectGroup.allCases.filter { !scene.groups[$0.rawValue].isEmpty }
    let legendRows = area.height >= 8 ? 1 : 0
    let view = Rect(x: area.x, y: area.y, width: area.width, height: area.height - legendRows)
    guard !present.isEmpty else {
      grid.put("no live objects", in: area, row: 0, style: Palette.dim)
      drawLegend(&grid, area, scene, moreBelow: false)
      return
    }
    let scroll = scene.options.scrollOffset(.objects)
    let columnCount = min(present.count, max(1, (view.width + columnGap) / (minimumColumnWidth + columnGap)))
    // The youngest groups get columns of their own; the rarer ones at the
    // end share the last columns.
    var columns = Array(repeating: [ObjectGroup](), count: columnCount)
    for (i, group) in present.enumerated() {
      columns[columnCount - 1 - (present.count - 1 - i) * columnCount / present.count].append(group)
    }
    // Fit the view first; that decides boxes or lines for each group.
    var reserve = 0
    var layout = plan(columns, budget: view.height, modes: nil, scene)
    let fitted = layout
    let edgeLimit = 4 * (view.height + scroll + 1)
    var edges = listedEdges(layout, limit: edgeLimit, scene)
    let perRow = edgesPerRow(edges.list, width: view.width)
    let edgeRows = edges.list.isEmpty ? 0 : 1 + (edges.list.count + perRow - 1) / perRow + (edges.more > 0 ? 1 : 0)
    if edgeRows > 0, layout.height + edgeRows > view.height {
      // Leave the references some room rather than pushing them all out of
      // view, unless that costs boxes: objects come before the list.
      let roomier = plan(columns, budget: view.height - min(edgeRows, max(2, view.height / 3)), modes: nil, scene)
      if roomier.sameObjects(as: layout) {
        reserve = min(edgeRows, max(2, view.height / 3))
        layout = roomier
      }
    }
    if scroll > 0 {
      // Scrolling down gives folded groups more lines (they unfold as the
      // user scrolls into them) but keeps every group's mode, so what is
      // above the fold never changes.
      var modes: [ObjectGroup: Mode] = [:]
      for plan in layout.plans.joined() { modes[plan.group] = plan.mode }
      layout = plan(columns, budget: view.height - reserve + scroll, modes: modes, scene)
    }
    if !layout.listsSameEdges(as: fitted) { edges = listedEdges(layout, limit: edgeLimit, scene) }

    var painter = Painter(grid: grid, view: view, scroll: scroll)
    let boxWidth = equalWidth(columns: columnCount, width: view.width)
    for (column, plans) in zip(placeColumns(layout, width: view.width, scene), layout.plans) {
      for plan in plans {
        drawGroup(&painter, plan, x: column.x, width: column.width, boxWidth: min(boxWidth, column.width), scene)
      }
    }
    var contentHeight = layout.height
    if !edges.list.isEmpty {
      contentHeight = drawEdges(&painter, edges.list, hidden: edges.more, top: layout.height, width: view.width, scene)
    }
    grid = painter.grid
    drawLegend(&grid, area, scene, moreBelow: contentHeight > scroll + view.height)
  }

  static func plan(_ columns: [[ObjectGroup]], budget: Int, modes: [ObjectGroup: Mode]?, _ scene: Scene) -> Layout {
    var plans: [[GroupPlan]] = []
    var shown = Set<ObjectID>()
    var height = 0
    for groups in columns {
      var y = 0
      var column: [GroupPlan] = []
      for (i, group) in groups.enumerated() {
        // Keep a header and a line for each group still to come.
        let reserve = (groups.count - i - 1) * 3
        var plan = plan(
          group, ids: scene.groups[group.rawValue], rows: max(3, budget - y - reserve), mode: modes?[group], scene)
        plan.top = y
        for b in 0..<plan.shown { shown.insert(plan.ids[b]) }
        y += plan.height
        column.append(plan)
      }
      height = max(height, y)
      plans.append(column)
    }
    return Layout(plans: plans, height: height, shown: shown)
  }

  /// Boxes while they fit in `rows`, else one line per object, else lines
  /// for the first objects and counted lines per type for the rest.
  static func plan(_ group: ObjectGroup, ids: [ObjectID], rows: Int, mode: Mode?, _ scene: Scene) -> GroupPlan {
    var plan = GroupPlan(group: group, ids: ids, total: ids.count, mode: .boxes, shown: ids.count, folds: [], top: 0)
    if mode == .boxes || (mode == nil && 1 + ids.count * boxStride <= rows) { return plan }
    plan.mode = .lines
    if 1 + ids.count + 1 <= rows { return plan }
    // Untracked objects with nothing to tell (`[dict #14 rc=1]` a hundred
    // times) go straight to the counted lines; the others keep lines.
    if group == .untracked { plan.ids = scene.untrackedOfNote }
    let foldRows = min(4, max(2, rows / 4))
    plan.shown = min(plan.ids.count, max(0, rows - 2 - foldRows))
    // The rest by type: the group's counts less the objects shown above
    // (a few dozen at most), so a 10,000-object group costs no pass here.
    var rest = scene.typeCounts[group.rawValue]
    var index: [String: Int] = [:]
    for (i, entry) in rest.enumerated() { index[entry.type] = i }
    for id in plan.ids[..<plan.shown] {
      if let object = scene.object(id), let i = index[object.typeName] { rest[i].count -= 1 }
    }
    let order = rest.filter { $0.count > 0 }
    // The gap under the group goes first when rows are scarce.
    var room = rows - 2 - plan.shown
    if room < 2 { room = max(1, rows - 1 - plan.shown) }
    let lines = order.count <= room ? order.count : room - 1
    var covered = 0
    for entry in order.prefix(lines) {
      covered += entry.count
      var style = Palette.style(for: entry.mark)
      if entry.mixed {
        style = .plain
      } else if entry.mark == nil && entry.garbage {
        style = Palette.style(for: .uncollectable)
      }
      let title = group.title(jvm: scene.context.isJVM)
      plan.folds.append(("\(entry.type) \(scene.glyphs.times)\(Format.count(entry.count)) \(title)", style))
    }
    let more = plan.total - plan.shown - covered
    if more > 0 { plan.folds.append(("\(scene.glyphs.more) \(Format.count(more)) more", Palette.dim)) }
    return plan
  }

  /// `gen0 (7)`, and `▸ collecting` while the collector looks at it.
  static func header(_ plan: GroupPlan, _ scene: Scene) -> String {
    var header = "\(plan.group.title(jvm: scene.context.isJVM)) (\(Format.count(plan.total)))"
    if scene.context.isJVM {
      if scene.state.collection != nil { header += " \(scene.glyphs.phaseArrow) trial deletion" }
    } else if let generation = scene.state.collection?.generation, plan.group.rawValue == generation {
      header += " \(scene.glyphs.phaseArrow) collecting"
    }
    return header
  }

  /// A group in a column `width` wide; its boxes are `boxWidth` wide (the
  /// same in every column, so boxes line up).
  static func drawGroup(
    _ painter: inout Painter, _ plan: GroupPlan, x: Int, width: Int, boxWidth: Int, _ scene: Scene
  ) {
    painter.put(header(plan, scene), x: x, y: plan.top, style: Palette.title, maxWidth: width)
    for b in 0..<plan.shown {
      let object = scene.object(plan.ids[b])!
      let y = plan.top + plan.offset(b)
      switch plan.mode {
      case .boxes: drawBox(&painter, object, x: x, y: y, width: boxWidth, scene)
      case .lines:
        var style = Palette.style(for: object)
        if scene.options.inspecting == object.id { style = style.bolded.reversed }
        painter.put(
          TextWidth.truncate(line(object, width: width), to: width, ellipsis: scene.glyphs.ellipsis), x: x, y: y,
          style: style)
      }
    }
    if plan.mode == .boxes {
      // Arrows after all boxes: they mark both borders of a pair.
      for b in 0..<max(0, plan.shown - 1) {
        let upper = scene.object(plan.ids[b])!
        let lower = scene.object(plan.ids[b + 1])!
        drawArrows(&painter, from: upper, to: lower, x: x, y: plan.top + plan.offset(b), width: boxWidth, scene)
      }
    }
    for (i, fold) in plan.folds.enumerated() {
      painter.put(fold.text, x: x, y: plan.foldTop + i, style: fold.style, maxWidth: width)
    }
  }

  /// One object on one line, as much as fits in `width`: during a
  /// collection gc_refs is what a narrow column must still show, so the
  /// words around it shrink first (the colour shows the mark).
  static func line(_ object: ObjectState, width: Int) -> String {
    let full = "[" + ([label(object)] + status(object)).joined(separator: " ") + "]"
    guard TextWidth.of(full) > width, let gcRefs = object.gcRefs else { return full }
    let short = "\(label(object)) gc \(gcRefs)"
    let mark = object.mark.map { " " + Format.mark($0) } ?? ""
    return ["[\(short)\(mark)]", "[\(short)]"].first { TextWidth.of($0) <= width } ?? short
  }

  /// `ClassA #41 rc=2`.
  static func label(_ object: ObjectState) -> String { "\(Format.objectName(object)) rc=\(object.refcount)" }

  /// What a box's second line says: gc_refs during a collection, the mark,
  /// gc.garbage membership, hidden; the toy JVM's trial-deletion colour
  /// and whether it waits in the root buffer.
  static func status(_ object: ObjectState) -> [String] {
    var out: [String] = []
    if let gcRefs = object.gcRefs { out.append("gc_refs \(gcRefs)") }
    if let mark = object.mark {
      out.append(Format.mark(mark))
    } else if object.inGarbage {
      out.append("garbage")
    }
    if object.isHidden { out.append("hidden") }
    if object.trialColor != .black { out.append(Format.trialColor(object.trialColor)) }
    if object.isBuffered && object.trialColor != .purple { out.append("buffered") }
    return out
  }

  static func drawBox(_ painter: inout Painter, _ object: ObjectState, x: Int, y: Int, width: Int, _ scene: Scene) {
    let g = scene.glyphs
    var style = Palette.style(for: object)
    if scene.options.inspecting == object.id { style = style.bolded.reversed }
    let inner = width - 2
    painter.put(g.topLeft + String(repeating: g.horizontal, count: inner) + g.topRight, x: x, y: y, style: style)
    painter.put(
      g.bottomLeft + String(repeating: g.horizontal, count: inner) + g.bottomRight, x: x, y: y + 3, style: style)
    for (row, text) in [label(object), status(object).joined(separator: " ")].enumerated() {
      painter.put(g.vertical + String(repeating: " ", count: inner) + g.vertical, x: x, y: y + 1 + row, style: style)
      painter.put(TextWidth.truncate(text, to: inner - 1, ellipsis: g.ellipsis), x: x + 2, y: y + 1 + row, style: style)
    }
  }

  /// The gap under a box: `▼ t` for an edge down to the next box (from a
  /// `┬` on this box's border), `▲ t` for one up (from a `┴` on the next).
  static func drawArrows(
    _ painter: inout Painter, from upper: ObjectState, to lower: ObjectState, x: Int, y: Int, width: Int, _ scene: Scene
  ) {
    let g = scene.glyphs
    let down = scene.drawnReferences(of: upper).filter { $0.target == lower.id }
    let up = scene.drawnReferences(of: lower).filter { $0.target == upper.id }
    var column = x + 3
    let gap = y + boxHeight
    for (edges, isDown) in [(down, true), (up, false)] where !edges.isEmpty {
      let weak = edges.allSatisfy(\.isWeak)
      let head = isDown ? (weak ? g.weakArrowDown : g.arrowDown) : (weak ? g.weakArrowUp : g.arrowUp)
      let label = TextWidth.truncate(
        edges.map(\.label).joined(separator: ","), to: max(1, (width - 8) / 2), ellipsis: g.ellipsis)
      let style = Palette.style(for: isDown ? upper : lower)
      painter.put(isDown ? g.teeDown : g.teeUp, x: column, y: isDown ? y + 3 : gap + 1, style: style)
      let text = head + " " + label
      painter.put(text, x: column, y: gap, style: style, maxWidth: x + width - column)
      column += TextWidth.of(text) + 3
    }
  }

  /// The bottom row: what the colours on screen mean, the `d` hint, and
  /// whether there is more below.
  static func drawLegend(_ grid: inout Grid, _ area: Rect, _ scene: Scene, moreBelow: Bool) {
    guard area.height >= 8 else { return }
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
    var hints: [String] = []
    if scene.hiddenCount > 0 && !scene.options.showHidden {
      hints.append("d: show \(Format.count(scene.hiddenCount)) hidden")
    } else if scene.options.showHidden {
      hints.append("d: hide hidden objects")
    }
    if moreBelow { hints.append("more below") }
    if scene.options.scrollOffset(.objects) > 0 { hints.append("scrolled \(scene.options.scrollOffset(.objects))") }
    guard !hints.isEmpty else { return }
    if x > 0 { x += grid.put(sep.dropFirst().dropLast() + " ", in: area, column: x, row: row, style: Palette.dim) }
    guard x < area.width else { return }
    grid.put(
      Format.fit(hints, separator: sep, width: area.width - x), in: area, column: x, row: row, style: Palette.dim)
  }
}

/// Writes into a view of the grid offset by a scroll position: canvas rows
/// outside the view are dropped, columns are relative to the view.
struct Painter {
  var grid: Grid
  let view: Rect
  let scroll: Int

  mutating func put(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) {
    let row = y - scroll
    guard row >= 0, row < view.height, x < view.width else { return }
    let room = min(view.width - x, maxWidth ?? Int.max)
    grid.put(text, x: view.x + x, y: view.y + row, style: style, maxWidth: room)
  }
}
