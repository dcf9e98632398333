/// The grid as plain text: one line per row, full width (no trimming, so
/// snapshots compare whole screens), rows joined by "\n", no final newline.
/// Continuation cells produce nothing: the wide character already took two
/// columns.
public enum TextWriter {
  public static func write(_ grid: Grid) -> String {
    var out = ""
    out.reserveCapacity(grid.width * grid.height + grid.height)
    for y in 0..<grid.height {
      if y > 0 { out.append("\n") }
      for cell in grid.row(y) where !cell.isContinuation { out += cell.text }
    }
    return out
  }
}
