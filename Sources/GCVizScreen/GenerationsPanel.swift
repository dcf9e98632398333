import GCEngine
import GCVizTimeline

/// The collector's numbers: per generation count/threshold as a bar, its
/// objects and collections; flags, gc.garbage, totals; the collection in
/// progress and its phase.
enum GenerationsPanel {
  static func draw(_ grid: inout Grid, _ area: Rect, _ scene: Scene, tall: Bool) {
    guard !area.isEmpty else { return }
    let c = scene.state.counters
    let sep = " \(scene.glyphs.separator) "
    let collecting = scene.state.collection?.generation
    var row = 0
    if tall {
      let barWidth = min(20, max(6, area.width / 4))
      for gen in 0..<3 {
        let x = drawBar(&grid, area, row: row, gen: gen, barWidth: barWidth, scene)
        // What fits beside the bar, shortest last, so no word is cut
        // without a mark (a split screen's half is narrow).
        let objects = Format.count(scene.generationSizes[gen])
        let detail =
          [
            "  \(objects) objects\(sep)\(c.collections.at(gen) ?? 0) collections", "  \(objects) objects",
            "  \(objects) obj", " \(objects) obj",
          ].first { TextWidth.of($0) <= area.width - x } ?? TextWidth.truncate("  \(objects) obj", to: area.width - x)
        grid.put(detail, in: area, column: x, row: row, style: collecting == gen ? .fg(.yellow) : Palette.dim)
        row += 1
      }
      drawFlags(&grid, area, row: row, scene, compact: false)
      row += 1
      var totals = [
        "live \(Format.count(c.liveObjects))", "freed \(Format.count(c.freedObjects))", Format.bytes(c.bytesInUse),
        "\(Format.count(c.interpreterObjects)) interpreter objects",
      ]
      // The permanent generation (gc.freeze) has no threshold, so no bar.
      if scene.generationSizes[3] > 0 { totals.append("permanent \(Format.count(scene.generationSizes[3]))") }
      grid.put(Format.fit(totals, separator: sep, width: area.width), in: area, row: row)
      row += 1
    } else {
      // The bars take what the labels and numbers leave (3.13's threshold
      // of 2000 is a column wider), so no number is cut; too narrow for
      // bars of 3, the numbers go alone.
      let text = (0..<3).map { 5 + TextWidth.of(numbers($0, scene)) }.reduce(0, +)
      let room = (area.width - text - 2 * 2) / 3
      let barWidth = room < 3 ? 0 : min(10, room)
      var x = 0
      for gen in 0..<3 {
        x += drawBar(&grid, area, column: x, row: row, gen: gen, barWidth: barWidth, scene) + 2
      }
      row += 1
      drawFlags(&grid, area, row: row, scene, compact: true)
      row += 1
    }
    drawCollection(&grid, area, row: row, scene)
  }

  /// `gen0 ██████░░░░ 13/20`; returns the columns used.
  @discardableResult
  static func drawBar(
    _ grid: inout Grid, _ area: Rect, column: Int = 0, row: Int, gen: Int, barWidth: Int, _ scene: Scene
  )
    -> Int
  {
    let c = scene.state.counters
    let count = c.counts.at(gen) ?? 0
    let threshold = c.thresholds.at(gen) ?? 0
    let filled = threshold > 0 ? min(barWidth, (count * barWidth + threshold - 1) / threshold) : 0
    let style: Style = count > threshold ? .fg(.red) : (count * 4 >= threshold * 3 ? .fg(.yellow) : .fg(.green))
    let isCollecting = scene.state.collection?.generation == gen
    var x = column
    x += grid.put(
      "gen\(gen) ", in: area, column: x, row: row,
      style: isCollecting ? Style(foreground: .yellow, bold: true) : Palette.title)
    x += grid.put(String(repeating: scene.glyphs.barFull, count: filled), in: area, column: x, row: row, style: style)
    x += grid.put(
      String(repeating: scene.glyphs.barEmpty, count: barWidth - filled), in: area, column: x, row: row,
      style: Palette.dim)
    x += grid.put(numbers(gen, scene), in: area, column: x, row: row)
    return x - column
  }

  /// ` 13/700`: a generation's count against its threshold.
  static func numbers(_ gen: Int, _ scene: Scene) -> String {
    let c = scene.state.counters
    return " " + TextWidth.padLeft("\(c.counts.at(gen) ?? 0)", 3) + "/\(c.thresholds.at(gen) ?? 0)"
  }

  static func drawFlags(_ grid: inout Grid, _ area: Rect, row: Int, _ scene: Scene, compact: Bool) {
    let c = scene.state.counters
    let sep = " \(scene.glyphs.separator) "
    var x = grid.put(c.enabled ? "enabled" : "disabled", in: area, row: row, style: c.enabled ? .fg(.green) : .fg(.red))
    var segments = ["debug " + scene.debugFlagsText, "gc.garbage \(Format.count(c.garbageCount))"]
    if compact {
      segments += [
        "live \(Format.count(c.liveObjects))", "freed \(Format.count(c.freedObjects))", Format.bytes(c.bytesInUse),
        "interp. \(Format.count(c.interpreterObjects))",
      ]
    }
    x += grid.put(sep, in: area, column: x, row: row)
    grid.put(Format.fit(segments, separator: sep, width: area.width - x), in: area, column: x, row: row)
  }

  static func drawCollection(_ grid: inout Grid, _ area: Rect, row: Int, _ scene: Scene) {
    let c = scene.state.counters
    guard let collection = scene.state.collection else {
      // The totals go whole or not at all (a split screen's half is narrow).
      let text = Format.fit(
        [
          "no collection running",
          "\(Format.count(c.collected)) collected, \(Format.count(c.uncollectable)) uncollectable so far",
        ], separator: " \(scene.glyphs.separator) ", width: area.width)
      grid.put(text, in: area, row: row, style: Palette.dim)
      return
    }
    var text = "collecting gen \(collection.generation)"
    if !collection.automatic { text += " (gc.collect)" }
    text += " \(scene.glyphs.phaseArrow) "
    if let phase = collection.phase {
      let all = CollectionPhase.allCases
      let index = (all.firstIndex(of: phase) ?? 0) + 1
      // Narrow: the phase number first, so truncation only cuts words.
      if TextWidth.of(text) + TextWidth.of(Format.phase(phase)) + 15 > area.width {
        text += "phase \(index)/\(all.count): \(Format.phase(phase))"
      } else {
        text += "\(Format.phase(phase)) (phase \(index)/\(all.count))"
      }
    } else {
      text += "starting"
    }
    grid.put(
      TextWidth.truncate(text, to: area.width, ellipsis: scene.glyphs.ellipsis), in: area, row: row,
      style: Style(foreground: .yellow, bold: true))
  }
}
