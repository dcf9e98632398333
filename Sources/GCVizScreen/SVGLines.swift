/// What the SVG screenshot draws as vector lines instead of text: the box
/// drawing characters (borders, the graph's edges, their junctions and
/// rounded turns, dashed weak edges) and the arrowheads, so a slide shows
/// real lines and arrows that meet their boxes.
enum SVGLines {
  /// A line glyph: the cell sides it joins (east 1, south 2, west 4, north
  /// 8), a rounded turn, a dashed (weak) line.
  struct Line {
    var bits: UInt8
    var round = false
    var dashed = false
  }

  static let lines: [String: Line] = [
    "─": Line(bits: 5), "│": Line(bits: 10), "┌": Line(bits: 3), "┐": Line(bits: 6), "└": Line(bits: 9),
    "┘": Line(bits: 12), "├": Line(bits: 11), "┤": Line(bits: 14), "┬": Line(bits: 7), "┴": Line(bits: 13),
    "┼": Line(bits: 15), "╭": Line(bits: 3, round: true), "╮": Line(bits: 6, round: true),
    "╰": Line(bits: 9, round: true), "╯": Line(bits: 12, round: true), "┄": Line(bits: 5, dashed: true),
    "┆": Line(bits: 10, dashed: true),
  ]

  /// Arrowheads by the way they point, and whether hollow (weak).
  static let heads: [String: (direction: Direction, hollow: Bool)] = [
    "▶": (.east, false), "▼": (.south, false), "◀": (.west, false), "▲": (.north, false), "▷": (.east, true),
    "▽": (.south, true), "◁": (.west, true), "△": (.north, true),
  ]

  static func isVector(_ text: String) -> Bool { lines[text] != nil || heads[text] != nil }

  /// Path data for a line glyph in cell (x, y): from the cell's centre to
  /// the middle of each side it joins; a rounded turn curves through the
  /// centre. Coordinates in tenths of a pixel, written as decimals.
  static func path(_ line: Line, x: Int, y: Int) -> String {
    let w = SVGWriter.cellWidth * 10
    let h = SVGWriter.cellHeight * 10
    let cx = x * w + w / 2
    let cy = y * h + h / 2
    func side(_ d: Direction) -> (Int, Int) {
      switch d {
      case .east: return (x * w + w, cy)
      case .west: return (x * w, cy)
      case .south: return (cx, y * h + h)
      case .north: return (cx, y * h)
      }
    }
    let joined = Direction.allCases.filter { line.bits & $0.bit != 0 }
    if line.round, joined.count == 2 {
      let (ax, ay) = side(joined[0])
      let (bx, by) = side(joined[1])
      return "M\(n(ax)) \(n(ay))Q\(n(cx)) \(n(cy)) \(n(bx)) \(n(by))"
    }
    // Straight through where it can (one segment per axis).
    var d = ""
    if line.bits & 5 == 5 {
      d += "M\(n(x * w)) \(n(cy))H\(n(x * w + w))"
    } else if line.bits & 5 != 0 {
      let (ex, ey) = side(line.bits & 1 != 0 ? .east : .west)
      d += "M\(n(cx)) \(n(cy))L\(n(ex)) \(n(ey))"
    }
    if line.bits & 10 == 10 {
      d += "M\(n(cx)) \(n(y * h))V\(n(y * h + h))"
    } else if line.bits & 10 != 0 {
      let (ex, ey) = side(line.bits & 2 != 0 ? .south : .north)
      d += "M\(n(cx)) \(n(cy))L\(n(ex)) \(n(ey))"
    }
    return d
  }

  /// An arrowhead in cell (x, y): a stem from the side it comes from, and
  /// a triangle whose tip reaches the middle of the next cell, where the
  /// border it points at is drawn.
  static func head(_ direction: Direction, x: Int, y: Int) -> (stem: String, triangle: String) {
    let w = SVGWriter.cellWidth * 10
    let h = SVGWriter.cellHeight * 10
    let cx = x * w + w / 2
    let cy = y * h + h / 2
    let half = 35  // the triangle's half width
    switch direction {
    case .east:
      return (
        "M\(n(x * w)) \(n(cy))H\(n(cx))",
        "M\(n(cx - 10)) \(n(cy - half))L\(n(x * w + w + w / 2)) \(n(cy))L\(n(cx - 10)) \(n(cy + half))Z"
      )
    case .west:
      return (
        "M\(n(x * w + w)) \(n(cy))H\(n(cx))",
        "M\(n(cx + 10)) \(n(cy - half))L\(n(x * w - w / 2)) \(n(cy))L\(n(cx + 10)) \(n(cy + half))Z"
      )
    case .south:
      return (
        "M\(n(cx)) \(n(y * h))V\(n(cy))",
        "M\(n(cx - half)) \(n(cy))L\(n(cx)) \(n(y * h + h + h / 2))L\(n(cx + half)) \(n(cy))Z"
      )
    case .north:
      return (
        "M\(n(cx)) \(n(y * h + h))V\(n(cy))",
        "M\(n(cx - half)) \(n(cy))L\(n(cx)) \(n(y * h - h / 2))L\(n(cx + half)) \(n(cy))Z"
      )
    }
  }

  /// Tenths as a decimal (`45` → `4.5`, `90` → `9`), without Foundation.
  static func n(_ tenths: Int) -> String {
    let sign = tenths < 0 ? "-" : ""
    let v = abs(tenths)
    return v % 10 == 0 ? "\(sign)\(v / 10)" : "\(sign)\(v / 10).\(v % 10)"
  }
}
