import GCVizTimeline

/// The toy JVM's code: the innermost frame's method, instruction by
/// instruction (`12: putfield Node.other`), the one about to run marked
/// and kept in view. Instructions of the current source line are drawn
/// plain, the others dim, so the panel and the source read together.
enum BytecodePanel {
  /// The panel's title: `Bytecode · NodeCycle.main`.
  static func title(_ scene: Scene) -> String {
    guard let method = currentMethod(scene) else { return "Bytecode" }
    return "Bytecode \(scene.glyphs.separator) \(method.name)"
  }

  /// The innermost method frame's code and the index of its instruction.
  static func current(_ scene: Scene) -> (method: BytecodeMethod, index: Int)? {
    guard let pointer = scene.state.frames.last(where: { $0.instruction != nil })?.instruction,
      let methods = scene.context.bytecode, pointer.method >= 0, pointer.method < methods.count
    else { return nil }
    return (methods[pointer.method], pointer.index)
  }

  static func currentMethod(_ scene: Scene) -> BytecodeMethod? { current(scene)?.method }

  static func draw(_ grid: inout Grid, _ area: Rect, _ scene: Scene) {
    guard !area.isEmpty else { return }
    guard let (method, index) = current(scene) else {
      let text = scene.state.ending == nil ? "(no method running yet)" : "(main has returned)"
      grid.put(text, in: area, row: 0, style: Palette.dim)
      return
    }
    let instructions = method.instructions
    // The last event (what `s` just did) under the code, as the source
    // panel has it for Python.
    var footer: String?
    if area.height >= 4, let event = scene.state.lastEvent, let text = SourcePanel.describe(event, scene) {
      footer = "\(scene.glyphs.phaseArrow) " + text
    }
    let rows = area.height - (footer == nil ? 0 : 1)
    var top = index - rows / 3
    top += scene.options.scroll[.bytecode] ?? 0
    top = max(0, min(top, instructions.count - rows))
    let offsetWidth = String(instructions.last?.offset ?? 0).count
    let line = index < instructions.count ? instructions[index].line : -1
    for row in 0..<rows {
      let i = top + row
      guard i < instructions.count else { break }
      let instruction = instructions[i]
      let isCurrent = i == index
      let style: Style = isCurrent ? Palette.currentLine : (instruction.line == line ? .plain : Palette.dim)
      if isCurrent { grid.fill(x: area.x, y: area.y + row, width: area.width, height: 1, style: style) }
      let marker = isCurrent ? scene.glyphs.currentLine : " "
      let text = "\(marker)\(TextWidth.padLeft(String(instruction.offset), offsetWidth)): \(instruction.text)"
      grid.put(
        TextWidth.truncate(text, to: area.width, ellipsis: scene.glyphs.ellipsis), in: area, row: row, style: style)
    }
    if let footer {
      grid.put(
        TextWidth.truncate(footer, to: area.width, ellipsis: scene.glyphs.ellipsis), in: area, row: rows,
        style: Style(foreground: .yellow))
    }
  }
}
