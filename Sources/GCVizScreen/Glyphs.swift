/// The drawing characters, in a Unicode and an ASCII set (`--ascii` is for
/// terminals or fonts without box drawing).
struct Glyphs: Sendable {
  var horizontal: String
  var vertical: String
  var topLeft: String
  var topRight: String
  var bottomLeft: String
  var bottomRight: String
  var teeDown: String
  var teeUp: String
  var arrowDown: String
  var arrowUp: String
  var weakArrowDown: String
  var weakArrowUp: String
  /// `─▶` between a name and its object.
  var arrow: String
  /// Edge lines `#41 ─t─▶ #42`: the line and the head.
  var edgeLine: String
  var edgeHead: String
  var weakLine: String
  var weakHead: String
  var currentLine: String
  var callerLine: String
  /// The gutter marks of the lines that just ran, most recent first: a
  /// trail that fades (kept distinct without colour).
  var recentLines: [String]
  var barFull: String
  var barEmpty: String
  var ellipsis: String
  var more: String
  var separator: String
  var times: String
  var playing: String
  var paused: String
  var finished: String
  var phaseArrow: String
  var axisTick: String
  var axisMark: String
  var axisCorner: String
  /// Chart levels from empty to a full cell, in eighths.
  var levels: [String]
  /// The graph's edge lines by the directions a cell joins (east 1, south
  /// 2, west 4, north 8): straight, rounded turns (so a line's bend is not
  /// a box's corner), junctions, crossings.
  var lines: [String]
  var weakHorizontal: String
  var weakVertical: String
  /// Arrowheads pointing east, south, west, north (into a box).
  var heads: [String]
  var weakHeads: [String]
  /// A box's right border where an edge leaves it.
  var port: String
  /// Where more of a drawing lies: left, right, up, down.
  var beyond: [String]

  static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
    teeDown: "┬", teeUp: "┴", arrowDown: "▼", arrowUp: "▲", weakArrowDown: "▽", weakArrowUp: "△", arrow: "─▶",
    edgeLine: "─", edgeHead: "▶", weakLine: "┄", weakHead: "▷", currentLine: "▶", callerLine: "▷",
    recentLines: ["●", "•", "·"],
    barFull: "█", barEmpty: "░", ellipsis: "…", more: "…", separator: "·", times: "×", playing: "▶",
    paused: "❚❚", finished: "■", phaseArrow: "▸", axisTick: "┤", axisMark: "┬", axisCorner: "┼",
    levels: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
    lines: [" ", "─", "│", "╭", "─", "─", "╮", "┬", "│", "╰", "│", "├", "╯", "┴", "┤", "┼"],
    weakHorizontal: "┄", weakVertical: "┆", heads: ["▶", "▼", "◀", "▲"], weakHeads: ["▷", "▽", "◁", "△"], port: "├",
    beyond: ["←", "→", "↑", "↓"])

  static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
    teeDown: "+", teeUp: "+", arrowDown: "v", arrowUp: "^", weakArrowDown: "v", weakArrowUp: "^", arrow: "->",
    edgeLine: "-", edgeHead: ">", weakLine: ".", weakHead: ">", currentLine: ">", callerLine: ":",
    recentLines: ["*", "+", "."],
    barFull: "#", barEmpty: ".", ellipsis: "~", more: "...", separator: "|", times: "x", playing: ">",
    paused: "||", finished: "[]", phaseArrow: ">", axisTick: "+", axisMark: "+", axisCorner: "+",
    levels: [" ", ".", ".", "_", "_", "=", "=", "#", "#"],
    lines: [" ", "-", "|", "+", "-", "-", "+", "+", "|", "+", "|", "+", "+", "+", "+", "+"],
    weakHorizontal: ".", weakVertical: ":", heads: [">", "v", "<", "^"], weakHeads: [">", "v", "<", "^"], port: "+",
    beyond: ["<", ">", "^", "v"])
}

extension Glyphs {
  /// Key names for an ASCII screen: the arrows spelled out.
  static func asciiArrows(_ text: String) -> String {
    text.replacingOccurrences(of: "→", with: "right").replacingOccurrences(of: "←", with: "left")
      .replacingOccurrences(of: "↑", with: "up").replacingOccurrences(of: "↓", with: "down")
  }
}
