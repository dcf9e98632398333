import GCEngine
import GCVizTimeline

/// The reference list under the groups: edges not drawn as arrows.
extension ObjectsPanel {
  struct Edge {
    var text: String
    var isWeak: Bool
  }

  /// Whether the edge `from` → `to` is drawn as an arrow: both are
  /// neighbouring boxes of one group.
  static func isArrow(_ plan: GroupPlan, index: Int, to target: ObjectID) -> Bool {
    guard plan.mode == .boxes else { return false }
    return (index + 1 < plan.shown && plan.ids[index + 1] == target) || (index > 0 && plan.ids[index - 1] == target)
  }

  /// The edges not drawn as arrows, from shown objects in drawing order.
  /// Three or more edges in a row from one object to objects only counted
  /// (a list of a hundred folded dicts) make one entry: `#9 ─[0]…[99]─▶ dict ×100`.
  static func listedEdges(_ layout: Layout, limit: Int, _ scene: Scene) -> (list: [Edge], more: Int) {
    let g = scene.glyphs
    var list: [Edge] = []
    var more = 0
    // What a run may fold: drawn objects without a box or line of their
    // own, by type (an array index per target, not a lookup).
    var keys = scene.types
    for id in layout.shown { keys[id] = TypeTable.shown }
    for column in layout.plans {
      for plan in column {
        for b in 0..<plan.shown {
          guard let object = scene.object(plan.ids[b]) else { continue }
          var references = scene.drawnReferences(of: object)
          if plan.mode == .boxes { references.removeAll { isArrow(plan, index: b, to: $0.target) } }
          var i = 0
          while i < references.count {
            // Past the limit only the number of references left matters
            // (a 10,000-item list would otherwise be walked run by run).
            if list.count >= limit {
              more += references.count - i
              break
            }
            let reference = references[i]
            let run = countedRun(references, from: i, keys)
            i += max(1, run)
            let line = reference.isWeak ? g.weakLine : g.edgeLine
            let head = reference.isWeak ? g.weakHead : g.edgeHead
            var label = reference.label
            var target = "#? (freed)"
            if run > 0, let t = scene.object(reference.target) {
              label += g.ellipsis + references[i - 1].label
              target = "\(t.typeName) \(g.times)\(Format.count(run))"
            } else if let t = scene.object(reference.target) {
              target = keys[t.id] == TypeTable.shown ? "#\(t.serial)" : Format.reference(t)
              if !scene.isDrawn(t.id) { target += " (hidden)" }
            }
            list.append(
              Edge(text: "#\(object.serial) \(line)\(label)\(line)\(head) \(target)", isWeak: reference.isWeak))
          }
        }
      }
    }
    return (list, more)
  }

  /// How many references from `start` on go to drawn objects that are not
  /// shown, all of one type and strength: that many if three or more, else 0.
  /// `keys` has the type of each drawn object, shown ones marked.
  static func countedRun(_ references: [Reference], from start: Int, _ keys: TypeTable) -> Int {
    let first = keys[references[start].target]
    guard first >= 0 else { return 0 }
    let weak = references[start].isWeak
    var end = start + 1
    while end < references.count, references[end].isWeak == weak, keys[references[end].target] == first { end += 1 }
    return end - start >= 3 ? end - start : 0
  }

  static func edgesPerRow(_ edges: [Edge], width: Int) -> Int {
    let entryWidth = min(width, (edges.map { TextWidth.of($0.text) }.max() ?? 0) + 3)
    return max(1, (width + 3) / max(1, entryWidth))
  }

  /// The edge list in as many columns as fit; returns the canvas row after it.
  static func drawEdges(_ painter: inout Painter, _ edges: [Edge], hidden: Int, top: Int, width: Int, _ scene: Scene)
    -> Int
  {
    let perRow = edgesPerRow(edges, width: width)
    let entryWidth = perRow > 1 ? (width + 3) / perRow : width
    painter.put("references", x: 0, y: top, style: Palette.dim)
    var y = top + 1
    for (i, edge) in edges.enumerated() {
      let x = (i % perRow) * entryWidth
      painter.put(
        TextWidth.truncate(edge.text, to: min(width, entryWidth - 1), ellipsis: scene.glyphs.ellipsis), x: x, y: y,
        style: edge.isWeak ? Palette.dim : .plain)
      if i % perRow == perRow - 1 || i == edges.count - 1 { y += 1 }
    }
    if hidden > 0 {
      painter.put("\(scene.glyphs.more) \(Format.count(hidden)) more references", x: 0, y: y, style: Palette.dim)
      y += 1
    }
    return y
  }
}
