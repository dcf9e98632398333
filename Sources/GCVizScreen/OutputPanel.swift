import GCVizTimeline

/// The scenario's stdout, the collector's stderr in another colour, newest
/// at the bottom; how the run ended, once it has. Long lines end in `…` and
/// pan sideways.
enum OutputPanel {
  /// The panel's lines, oldest first, for an area `width` columns wide.
  static func lines(_ scene: Scene, width: Int) -> [(String, Style)] {
    let state = scene.state
    var lines: [(String, Style)] = state.output.suffix(RunState.outputLimit).map {
      ($0.text, $0.stream == .stderr ? Palette.stderr : .plain)
    }
    if !state.pendingStdout.isEmpty { lines.append((state.pendingStdout, .plain)) }
    if !state.pendingStderr.isEmpty { lines.append((state.pendingStderr, Palette.stderr)) }
    switch state.ending {
    case .finished(let code)?: lines.append(("\(scene.glyphs.finished) exited with code \(code)", Palette.dim))
    case .stopped(let message)?:
      // Why the run stopped (a limit and how to raise it) is worth every
      // line it needs.
      for line in TextWidth.wrap("\(scene.glyphs.finished) stopped: \(message)", width: width) {
        lines.append((line, .fg(.magenta)))
      }
    case nil: break
    }
    return lines
  }

  static func draw(_ grid: inout Grid, _ area: Rect, _ scene: Scene) {
    guard !area.isEmpty else { return }
    let lines = lines(scene, width: area.width)
    if lines.isEmpty {
      grid.put("(no output yet)", in: area, row: 0, style: Palette.dim)
      return
    }
    let offset = min(scene.options.scrollOffset(.output), max(0, lines.count - area.height))
    let end = lines.count - offset
    let start = max(0, end - area.height)
    let pan = scene.options.panOffset(.output)
    for (row, line) in lines[start..<end].enumerated() {
      grid.put(
        TextWidth.window(line.0, from: pan, width: area.width, ellipsis: scene.glyphs.ellipsis), in: area, row: row,
        style: line.1)
    }
  }
}
