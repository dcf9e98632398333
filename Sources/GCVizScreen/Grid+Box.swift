extension Grid {
  /// A one-cell border around `rect` with an optional title in the top edge
  /// (`┌─ Source ───┐`). Does not clear the inside.
  mutating func drawBox(_ rect: Rect, title: String? = nil, glyphs: Glyphs, style: Style, titleStyle: Style? = nil) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let right = rect.maxX - 1
    let bottom = rect.maxY - 1
    horizontalLine(x: rect.x + 1, y: rect.y, length: rect.width - 2, glyph: glyphs.horizontal, style: style)
    horizontalLine(x: rect.x + 1, y: bottom, length: rect.width - 2, glyph: glyphs.horizontal, style: style)
    for row in (rect.y + 1)..<bottom {
      putGlyph(glyphs.vertical, x: rect.x, y: row, style: style)
      putGlyph(glyphs.vertical, x: right, y: row, style: style)
    }
    putGlyph(glyphs.topLeft, x: rect.x, y: rect.y, style: style)
    putGlyph(glyphs.topRight, x: right, y: rect.y, style: style)
    putGlyph(glyphs.bottomLeft, x: rect.x, y: bottom, style: style)
    putGlyph(glyphs.bottomRight, x: right, y: bottom, style: style)
    if let title, rect.width > 6 {
      let text = " " + TextWidth.truncate(title, to: rect.width - 6, ellipsis: glyphs.ellipsis) + " "
      put(text, x: rect.x + 2, y: rect.y, style: titleStyle ?? style, maxWidth: rect.width - 3)
    }
  }

  /// `length` copies of a one-column glyph.
  mutating func horizontalLine(x: Int, y: Int, length: Int, glyph: String, style: Style) {
    guard length > 0 else { return }
    for column in max(0, x)..<max(max(0, x), min(width, x + length)) { putGlyph(glyph, x: column, y: y, style: style) }
  }

  /// Draws `text` inside `rect` at row `row` (relative), clipped to the rect.
  @discardableResult
  mutating func put(_ text: String, in rect: Rect, column: Int = 0, row: Int, style: Style = .plain) -> Int {
    guard row >= 0, row < rect.height, column < rect.width else { return 0 }
    return put(text, x: rect.x + column, y: rect.y + row, style: style, maxWidth: rect.width - column)
  }
}
