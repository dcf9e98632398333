/// The grid with SGR escapes: a style change emits one `ESC[0;...m`
/// sequence (reset plus the new attributes, so no state leaks between
/// styles), and a row that ends styled is reset, so every row stands alone.
public enum ANSIWriter {
  public static func write(_ grid: Grid) -> String {
    (0..<grid.height).map { row(grid, $0) }.joined(separator: "\n")
  }

  /// Row `y` alone, ending unstyled (a recording redraws rows one by one).
  public static func row(_ grid: Grid, _ y: Int) -> String {
    var out = ""
    var current = Style.plain
    for cell in grid.row(y) where !cell.isContinuation {
      if cell.style != current {
        out += sgr(cell.style)
        current = cell.style
      }
      out += cell.text
    }
    if current != .plain { out += "\u{1B}[0m" }
    return out
  }

  /// The escape that sets `style` from any previous one.
  public static func sgr(_ style: Style) -> String {
    var codes = ["0"]
    if style.bold { codes.append("1") }
    if style.dim { codes.append("2") }
    if style.underline { codes.append("4") }
    if style.reverse { codes.append("7") }
    if let fg = colorCode(style.foreground, base: 30) { codes.append(fg) }
    if let bg = colorCode(style.background, base: 40) { codes.append(bg) }
    if codes.count == 1 { return "\u{1B}[0m" }
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }

  static func colorCode(_ color: Color, base: Int) -> String? {
    switch color {
    case .default: return nil
    case .gray: return String(base + 60)  // bright black
    default: return String(base + Int(color.rawValue) - 1)
    }
  }
}
