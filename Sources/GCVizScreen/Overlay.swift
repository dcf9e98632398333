/// A boxed, centred panel drawn over the screen (help, inspector).
enum Overlay {
  /// Draws `lines` in a box with `title`; lines that do not fit are cut and
  /// counted on the last row.
  static func draw(_ grid: inout Grid, title: String, footer: String?, lines: [(String, Style)], _ scene: Scene) {
    let contentWidth = max(
      TextWidth.of(title) + 4, lines.map { TextWidth.of($0.0) }.max() ?? 0, TextWidth.of(footer ?? ""))
    let width = min(grid.width - 4, contentWidth + 4)
    let height = min(grid.height - 2, lines.count + 2)
    let rect = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
    grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
    grid.drawBox(
      rect, title: title, glyphs: scene.glyphs, style: Style(foreground: .cyan, bold: true), titleStyle: Palette.title)
    let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    var shown = lines
    if lines.count > inner.height {
      shown = Array(lines.prefix(max(0, inner.height - 1)))
      shown.append(("\(scene.glyphs.more) \(lines.count - shown.count) more lines", Palette.dim))
    }
    for (row, line) in shown.enumerated() {
      grid.put(
        TextWidth.truncate(line.0, to: inner.width, ellipsis: scene.glyphs.ellipsis), in: inner, row: row, style: line.1
      )
    }
    if let footer, rect.width > TextWidth.of(footer) + 4 {
      grid.put(" \(footer) ", x: rect.maxX - TextWidth.of(footer) - 4, y: rect.maxY - 1, style: Palette.dim)
    }
  }
}
