import GCEngine
import GCVizTimeline

/// The toy JVM's numbers, in place of CPython's generations: what pure
/// reference counting has freed and holds, and with a cycle collector its
/// root buffer (the purple objects) and the trial deletion under way.
enum CountingPanel {
  static func draw(_ grid: inout Grid, _ area: Rect, _ scene: Scene, tall: Bool) {
    guard !area.isEmpty else { return }
    let c = scene.state.counters
    let sep = " \(scene.glyphs.separator) "
    let capacity = scene.context.rootBufferCapacity
    var lines: [(String, Style)] = []
    if tall {
      let rule =
        capacity > 0
        ? "freed at count 0; cycles by trial deletion" : "freed at count 0, and never otherwise: cycles leak"
      lines.append((rule, Palette.dim))
    }
    let totals = [
      "live \(Format.count(c.liveObjects))", "freed \(Format.count(c.freedObjects))", Format.bytes(c.bytesInUse),
    ]
    lines.append((Format.fit(totals, separator: sep, width: area.width), .plain))
    if capacity > 0 {
      let buffered = scene.bufferedCount
      let buffer = [
        "root buffer \(Format.count(buffered))/\(Format.count(capacity))",
        "collections \(Format.count(c.collections.at(0) ?? 0))", "freed by them \(Format.count(c.collected))",
      ]
      lines.append((Format.fit(buffer, separator: sep, width: area.width), buffered > 0 ? .fg(.magenta) : .plain))
    } else {
      lines.append(("no cycle collector: System.gc() does nothing", Palette.dim))
    }
    if scene.showsLeaks {
      let live = c.liveObjects
      lines.append(
        live == 0
          ? ("no leaks: every object was freed", .plain)
          : (
            "leaked: \(Format.count(live)) object\(live == 1 ? "" : "s") never freed, held only by each other",
            Style(foreground: .red, bold: true)
          ))
    }
    if let collection = scene.state.collection {
      var text = "trial deletion \(scene.glyphs.phaseArrow) "
      if let phase = collection.trialPhase {
        let index = (TrialPhase.allCases.firstIndex(of: phase) ?? 0) + 1
        text += "\(Format.trialPhase(phase)) (\(index)/\(TrialPhase.allCases.count))"
      } else {
        text += "starting"
      }
      lines.append((text, Style(foreground: .yellow, bold: true)))
    } else if capacity > 0 {
      lines.append(("no collection running", Palette.dim))
    }
    for (row, line) in lines.prefix(area.height).enumerated() {
      grid.put(
        TextWidth.truncate(line.0, to: area.width, ellipsis: scene.glyphs.ellipsis), in: area, row: row,
        style: line.1)
    }
  }
}
