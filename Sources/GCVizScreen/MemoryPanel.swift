import GCVizTimeline

/// Live objects over the kept steps as a bar chart in eighths, with the
/// steps where a collection finished marked on the axis.
enum MemoryPanel {
  static func draw(_ grid: inout Grid, _ area: Rect, _ scene: Scene) {
    guard !area.isEmpty else { return }
    let samples = Array(scene.state.recentMemory)
    let g = scene.glyphs
    guard !samples.isEmpty else {
      grid.put("(no samples yet)", in: area, row: 0, style: Palette.dim)
      return
    }
    let peak = samples.reduce(0) { max($0, $1.liveObjects) }
    // The bars' scale; the labels say the true peak, 0 before anything lives.
    let scale = max(1, peak)
    let labelWidth = String(Format.count(peak)).count + 1
    let plotWidth = max(1, area.width - labelWidth - 1)
    let chartRows = max(1, area.height - 2)
    // Bucket the samples into the columns (maximum per bucket) when there are more samples than columns.
    let columns = min(plotWidth, samples.count)
    var values = [Int](repeating: 0, count: columns)
    var marks = [Bool](repeating: false, count: columns)
    for (i, sample) in samples.enumerated() {
      let column = samples.count <= plotWidth ? i : i * plotWidth / samples.count
      values[column] = max(values[column], sample.liveObjects)
      if sample.collected { marks[column] = true }
    }
    let plotX = labelWidth + 1
    for row in 0..<chartRows {
      // Row 0 is the top; each row holds 8 levels.
      let rowFromBottom = chartRows - 1 - row
      var text = ""
      for value in values {
        let eighths = value * chartRows * 8 / scale
        let level = min(8, max(0, eighths - rowFromBottom * 8))
        text += g.levels[level]
      }
      grid.put(text, in: area, column: plotX, row: row, style: .fg(.cyan))
    }
    grid.put(
      TextWidth.padLeft(Format.count(peak), labelWidth - 1) + " " + g.axisTick, in: area, row: 0, style: Palette.dim)
    guard area.height >= 3 else { return }
    let axisRow = chartRows
    grid.put(TextWidth.padLeft("0", labelWidth - 1) + " " + g.axisCorner, in: area, row: axisRow, style: Palette.dim)
    var axis = ""
    for mark in marks { axis += mark ? g.axisMark : g.horizontal }
    grid.put(axis, in: area, column: plotX, row: axisRow, style: Palette.dim)
    for (i, mark) in marks.enumerated() where mark {
      grid.put(g.axisMark, in: area, column: plotX + i, row: axisRow, style: .fg(.yellow))
    }
    let sep = " \(g.separator) "
    let first = samples.first!.lineStep
    let last = samples.last!.lineStep
    var legend = [
      "\(g.axisMark) = collection", "steps \(Format.count(first))–\(Format.count(last))",
      "live \(Format.count(samples.last!.liveObjects))", "peak \(Format.count(peak))",
    ]
    if scene.state.firstKeptLineStep > 0 {
      legend.insert("history before step \(Format.count(scene.state.firstKeptLineStep)) dropped", at: 2)
    }
    if scene.options.ascii { legend[1] = legend[1].replacingOccurrences(of: "–", with: "-") }
    grid.put(
      Format.fit(legend, separator: sep, width: area.width - plotX), in: area, column: plotX, row: axisRow + 1,
      style: Palette.dim)
  }
}
