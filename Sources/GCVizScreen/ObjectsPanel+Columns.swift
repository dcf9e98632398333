import GCEngine
import GCVizTimeline

/// Where the columns of the object graph go and how wide they are.
extension ObjectsPanel {
  static let columnGap = 2

  struct Column: Equatable {
    var x: Int
    var width: Int
  }

  /// Columns of equal width spread over the view while everything in them
  /// fits (the layout of boxes, which keep that width). When a column of
  /// lines needs more, widths follow the content: each column gets what its
  /// widest line needs, up to a fair share of what is left, and the rest
  /// goes to the columns that want more; when that is tight the gaps shrink
  /// to one column (lines are bracketed). Room nobody wants widens the gaps,
  /// so the last column still ends at the right edge.
  ///
  /// The first column, where the youngest generation comes and goes every
  /// step, keeps at least the equal width whatever it holds: what happens
  /// there does not move the other columns.
  static func placeColumns(_ layout: Layout, width: Int, _ scene: Scene) -> [Column] {
    let n = layout.plans.count
    guard n > 0 else { return [] }
    let equal = equalWidth(columns: n, width: width)
    var wants = layout.plans.map { plans in plans.map { wantedWidth($0, boxWidth: equal, scene) }.max() ?? equal }
    wants[0] = max(wants[0], equal)
    guard wants.contains(where: { $0 > equal }) else {
      let stride = n > 1 ? (width - equal) / (n - 1) : 0
      return (0..<n).map { Column(x: $0 * stride, width: equal) }
    }
    let gap = wants.reduce(0, +) + columnGap * (n - 1) <= width ? columnGap : 1
    var widths = Array(repeating: 0, count: n)
    var remaining = width - gap * (n - 1)
    // The modest first: what they leave raises the share of the others.
    let order = wants.indices.sorted { (wants[$0], $0) < (wants[$1], $1) }
    for (k, c) in order.enumerated() {
      widths[c] = min(wants[c], remaining / (n - k))
      remaining -= widths[c]
    }
    var out: [Column] = []
    var x = 0
    for c in 0..<n {
      out.append(Column(x: x, width: widths[c]))
      x += widths[c] + gap
      if n > 1, c < n - 1 { x += remaining / (n - 1) + (c < remaining % (n - 1) ? 1 : 0) }
    }
    return out
  }

  /// The width of every column when all are alike (a box's width).
  static func equalWidth(columns n: Int, width: Int) -> Int {
    min(maximumBoxWidth, (width - columnGap * (n - 1)) / max(1, n))
  }

  /// What a group needs across: boxes keep `boxWidth`; lines want their
  /// widest line (header, objects, counted lines).
  static func wantedWidth(_ plan: GroupPlan, boxWidth: Int, _ scene: Scene) -> Int {
    guard plan.mode == .lines else { return boxWidth }
    var want = TextWidth.of(header(plan, scene))
    // Bound methods, 2.7 frames and iterators live for a call or a loop:
    // they may be cut rather than move the columns for a step.
    for b in 0..<plan.shown {
      guard let object = scene.object(plan.ids[b]), !isFleeting(object.kind) else { continue }
      want = max(want, wantedWidth(object))
    }
    for fold in plan.folds { want = max(want, TextWidth.of(fold.text)) }
    return want
  }

  static func isFleeting(_ kind: ObjectKind) -> Bool {
    kind == .boundMethod || kind == .builtinMethod || kind == .frame || kind == .iterator
  }

  /// What one object's line needs to say all but its mark word (its colour
  /// shows the mark): `[ClassA #41 rc=1 gc 0]` during a collection.
  static func wantedWidth(_ object: ObjectState) -> Int {
    var words = [label(object)]
    if let gcRefs = object.gcRefs {
      words.append("gc \(gcRefs)")
    } else {
      words += status(object)
    }
    return TextWidth.of("[" + words.joined(separator: " ") + "]")
  }
}
