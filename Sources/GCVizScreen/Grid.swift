/// A screen's worth of styled cells, row-major. Everything the screen
/// draws goes through `put`, which clips and keeps wide characters whole,
/// so no panel can write outside its area or split a CJK character.
public struct Grid: Equatable, Sendable {
  public let width: Int
  public let height: Int
  /// `width * height` cells, row by row.
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int, fill: Cell = .blank) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: fill, count: self.width * self.height)
  }

  /// The cell at column `x`, row `y` (both 0-based, must be inside).
  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// The cells of row `y`.
  public func row(_ y: Int) -> ArraySlice<Cell> { cells[(y * width)..<((y + 1) * width)] }

  /// Draws `text` from column `x` of row `y`, at most `maxWidth` columns
  /// (and never past the right edge). What `InertText` escapes (controls,
  /// bidi overrides, zero-width characters) is drawn as its escape, one
  /// character a cell; a wide character that does not fit whole becomes a
  /// space. Returns the number of columns advanced.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
    guard y >= 0, y < height else { return 0 }
    var limit = width
    if let maxWidth { limit = min(limit, x + max(0, maxWidth)) }
    var column = x
    for character in text {
      if column >= limit { break }
      let (cluster, w) = TextWidth.sanitized(character)
      if w == 0 { continue }
      if w > 2 {
        // An escape (`\x1b`): its characters one a cell, as far as they fit.
        let advanced = put(cluster, x: column, y: y, style: style, maxWidth: limit - column)
        column += advanced
        if advanced < w { break }
        continue
      }
      if column < 0 {
        // A wide character straddling the left edge leaves a blank half.
        if column + w > 0 { write(" ", width: 1, at: 0, y: y, style: style) }
        column += w
        continue
      }
      if column + w > limit {
        write(" ", width: 1, at: column, y: y, style: style)
        column += 1
        break
      }
      write(cluster, width: w, at: column, y: y, style: style)
      column += w
    }
    return max(0, column - x)
  }

  /// Puts a glyph known to be one column wide and printable (box drawing,
  /// arrowheads) in one cell, clipped: the graph's lines and every border
  /// go through here, without the per-character checks of `put`.
  public mutating func putGlyph(_ glyph: String, x: Int, y: Int, style: Style = .plain) {
    guard x >= 0, y >= 0, x < width, y < height else { return }
    write(glyph, width: 1, at: x, y: y, style: style)
  }

  /// Paints a rectangle with spaces in `style` (clipped).
  public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style = .plain) {
    let x0 = max(0, x)
    let x1 = min(width, x + w)
    let y0 = max(0, y)
    let y1 = min(height, y + h)
    guard x0 < x1, y0 < y1 else { return }
    let blank = Cell(text: " ", width: 1, style: style)
    for row in y0..<y1 {
      // A wide character cut by the left edge of the rectangle loses its left half too.
      if x0 > 0, cells[row * width + x0].isContinuation { cells[row * width + x0 - 1] = .blank }
      if x1 < width, cells[row * width + x1].isContinuation {
        cells[row * width + x1] = Cell(text: " ", style: cells[row * width + x1].style)
      }
      for column in x0..<x1 { cells[row * width + column] = blank }
    }
  }

  /// Changes the style of `count` cells from (`x`, `y`), keeping their text.
  public mutating func restyle(x: Int, y: Int, count: Int, _ transform: (Style) -> Style) {
    guard y >= 0, y < height else { return }
    for column in max(0, x)..<max(max(0, x), min(width, x + count)) {
      cells[y * width + column].style = transform(cells[y * width + column].style)
    }
  }

  /// Applies `transform` to every cell's style (used to drop colours).
  public mutating func restyleAll(_ transform: (Style) -> Style) {
    for i in cells.indices { cells[i].style = transform(cells[i].style) }
  }

  private mutating func write(_ text: String, width w: Int, at x: Int, y: Int, style: Style) {
    let base = y * width
    clearOverlap(base, x)
    if w == 2 {
      clearOverlap(base, x + 1)
      cells[base + x] = Cell(text: text, width: 2, style: style)
      cells[base + x + 1] = .continuation(style)
    } else {
      cells[base + x] = Cell(text: text, width: 1, style: style)
    }
  }

  /// Overwriting half of a wide character blanks its other half, so the
  /// row never holds an orphaned continuation.
  private mutating func clearOverlap(_ base: Int, _ x: Int) {
    let cell = cells[base + x]
    if cell.isContinuation, x > 0 {
      cells[base + x - 1] = Cell(text: " ", style: cells[base + x - 1].style)
    } else if cell.width == 2, x + 1 < width {
      cells[base + x + 1] = Cell(text: " ", style: cell.style)
    }
  }
}
