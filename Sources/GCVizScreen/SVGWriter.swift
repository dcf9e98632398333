/// A standalone SVG screenshot of the grid in a dark theme: a background
/// rectangle per run of non-default background, one `<text>` per run of
/// same-styled narrow cells, wide characters placed one by one so their
/// columns line up whatever the font. Borders, edges and arrowheads are
/// drawn as vector lines (`SVGLines`), one path per style and row.
public enum SVGWriter {
  public static let cellWidth = 9
  public static let cellHeight = 18
  static let fontSize = 15
  static let background = "#1e1e2e"
  static let foreground = "#d4d4d4"

  public static func write(_ grid: Grid) -> String {
    let width = grid.width * cellWidth
    let height = grid.height * cellHeight
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
    out += "viewBox=\"0 0 \(width) \(height)\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" "
    out += "font-size=\"\(fontSize)\">\n"
    out += "<rect width=\"100%\" height=\"100%\" fill=\"\(background)\"/>\n"
    for y in 0..<grid.height {
      let row = Array(grid.row(y))
      writeBackgrounds(row, y: y, into: &out)
      writeText(row, y: y, into: &out)
      writeLines(row, y: y, into: &out)
    }
    out += "</svg>\n"
    return out
  }

  static func colors(_ style: Style) -> (fg: String, bg: String?) {
    var fg = style.foreground == .default ? foreground : hex(style.foreground)
    var bg: String? = style.background == .default ? nil : hex(style.background)
    if style.reverse {
      let newFg = bg ?? background
      bg = fg
      fg = newFg
    }
    return (fg, bg)
  }

  static func writeBackgrounds(_ row: [Cell], y: Int, into out: inout String) {
    var x = 0
    while x < row.count {
      guard let bg = colors(row[x].style).bg else {
        x += 1
        continue
      }
      var end = x + 1
      while end < row.count, colors(row[end].style).bg == bg { end += 1 }
      out += "<rect x=\"\(x * cellWidth)\" y=\"\(y * cellHeight)\" width=\"\((end - x) * cellWidth)\" "
      out += "height=\"\(cellHeight)\" fill=\"\(bg)\"/>\n"
      x = end
    }
  }

  static func writeText(_ row: [Cell], y: Int, into out: inout String) {
    var x = 0
    let baseline = y * cellHeight + cellHeight * 3 / 4 + 1
    while x < row.count {
      let cell = row[x]
      if cell.isContinuation || cell.text == " " || SVGLines.isVector(cell.text) {
        x += 1
        continue
      }
      var text = cell.text
      var end = x + 1
      if cell.width == 1 {
        while end < row.count, row[end].width == 1, row[end].style == cell.style, !SVGLines.isVector(row[end].text) {
          text += row[end].text
          end += 1
        }
        while text.hasSuffix(" ") { text.removeLast() }
      } else {
        end = x + 2
      }
      let style = cell.style
      out += "<text x=\"\(x * cellWidth)\" y=\"\(baseline)\" fill=\"\(colors(style).fg)\" xml:space=\"preserve\""
      if style.bold { out += " font-weight=\"bold\"" }
      if style.dim { out += " opacity=\"0.6\"" }
      if style.underline { out += " text-decoration=\"underline\"" }
      out += ">" + escape(text) + "</text>\n"
      x = end
    }
  }

  /// The row's line glyphs as paths and its arrowheads as triangles.
  static func writeLines(_ row: [Cell], y: Int, into out: inout String) {
    var paths: [(style: Style, dashed: Bool, d: String)] = []
    func add(_ style: Style, _ dashed: Bool, _ d: String) {
      if let i = paths.firstIndex(where: { $0.style == style && $0.dashed == dashed }) {
        paths[i].d += d
      } else {
        paths.append((style, dashed, d))
      }
    }
    var triangles: [(style: Style, hollow: Bool, d: String)] = []
    for (x, cell) in row.enumerated() {
      if let line = SVGLines.lines[cell.text] {
        add(cell.style, line.dashed, SVGLines.path(line, x: x, y: y))
      } else if let head = SVGLines.heads[cell.text] {
        let (stem, triangle) = SVGLines.head(head.direction, x: x, y: y)
        add(cell.style, head.hollow, stem)
        triangles.append((cell.style, head.hollow, triangle))
      }
    }
    for path in paths {
      out += "<path d=\"\(path.d)\" fill=\"none\" stroke=\"\(colors(path.style).fg)\""
      out += path.style.bold ? " stroke-width=\"2\"" : " stroke-width=\"1.2\""
      if path.dashed { out += " stroke-dasharray=\"2.5 2\"" }
      if path.style.dim { out += " opacity=\"0.6\"" }
      out += "/>\n"
    }
    for triangle in triangles {
      let color = colors(triangle.style).fg
      out += "<path d=\"\(triangle.d)\" fill=\"\(triangle.hollow ? background : color)\" stroke=\"\(color)\""
      if triangle.style.dim { out += " opacity=\"0.6\"" }
      out += "/>\n"
    }
  }

  /// XML text escaping (the grid holds no control characters already).
  public static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default: out.append(character)
      }
    }
    return out
  }

  static func hex(_ color: Color) -> String {
    switch color {
    case .default: return foreground
    case .black: return "#45475a"
    case .red: return "#f38ba8"
    case .green: return "#a6e3a1"
    case .yellow: return "#f9e2af"
    case .blue: return "#89b4fa"
    case .magenta: return "#f5c2e7"
    case .cyan: return "#94e2d5"
    case .white: return "#ffffff"
    case .gray: return "#7f849c"
    }
  }
}
