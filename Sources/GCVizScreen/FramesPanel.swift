import GCVizTimeline

/// Globals and the call stack: each frame's variables, objects as arrows
/// (`c1 ─▶ #41 ClassA`), immediates as text, and optionally the stack.
enum FramesPanel {
  struct Line {
    /// The frame's name on its first line, empty on the others.
    var function: String
    var frame: String
    var isInnermost: Bool
    var name: String
    var value: String
    var valueStyle: Style
  }

  static func lines(_ scene: Scene) -> [Line] {
    let g = scene.glyphs
    var out: [Line] = []
    for (index, frame) in scene.state.frames.enumerated() {
      let innermost = index == scene.state.frames.count - 1
      let function = name(frame, jvm: scene.context.isJVM)
      var first = true
      func add(_ name: String, _ value: String, _ style: Style) {
        out.append(
          Line(
            function: first ? function : "", frame: function, isInnermost: innermost, name: name, value: value,
            valueStyle: style))
        first = false
      }
      /// A slot: an arrow to the object it holds, or its value as text.
      func addSlot(_ name: String, _ value: SlotValue) {
        switch value {
        case .object(let id):
          if let object = scene.object(id) {
            // The colour's meaning in words too, as the graph's boxes say it.
            let state = object.mark.map(Format.mark) ?? (object.inGarbage ? "garbage" : nil)
            add(
              name, "\(g.arrow) \(Format.reference(object))" + (state.map { " (\($0))" } ?? ""),
              Palette.style(for: object))
          } else {
            add(name, "\(g.arrow) #? (freed)", Palette.dim)
          }
        case .text(let text): add(name, "= " + text, .plain)
        }
      }
      for variable in frame.variables { addSlot(variable.name, variable.value) }
      if frame.variables.isEmpty { add("", "(no variables)", Palette.dim) }
      if scene.context.isJVM {
        // The operand stack's slots hold counts as locals do: always shown,
        // an arrow per slot, bottom first (the top is the last line).
        if frame.instruction == nil { continue }
        if frame.stack.isEmpty { add("stack", "(empty)", Palette.dim) }
        for (i, value) in frame.stack.enumerated() { addSlot(i == 0 ? "stack" : "", value) }
      } else if scene.options.showStack {
        let items = frame.stack.map { value -> String in
          switch value {
          case .object(let id): return scene.object(id).map { "#\($0.serial) \($0.typeName)" } ?? "#?"
          case .text(let text): return text
          }
        }
        out.append(
          Line(
            function: "", frame: function, isInnermost: innermost, name: "stack",
            value: items.isEmpty ? "(empty)" : "[" + items.joined(separator: ", ") + "]", valueStyle: Palette.dim))
      }
    }
    return out
  }

  /// Python frames are named by function (`f2` → `f2()`); the toy JVM's
  /// come named (`main()`, `Node()`, `statics`).
  static func name(_ frame: FrameView, jvm: Bool) -> String {
    frame.function == "<module>" || frame.function.hasSuffix(")") || jvm ? frame.function : frame.function + "()"
  }

  static func lineCount(_ scene: Scene) -> Int { max(1, lines(scene).count) }

  static func draw(_ grid: inout Grid, _ area: Rect, _ scene: Scene) {
    guard !area.isEmpty else { return }
    let all = lines(scene)
    if all.isEmpty {
      // After the last line: the collections and teardown at exit.
      let text =
        scene.state.ending != nil
        ? "(no frames: the program has ended)"
        : scene.state.lineStep > 0 ? "(no frames: the program is exiting)" : "(no frames yet)"
      grid.put(text, in: area, row: 0, style: Palette.dim)
      return
    }
    let functionWidth = min(area.width / 3, (all.map { TextWidth.of($0.function) }.max() ?? 0) + 1)
    let nameWidth = min(area.width / 4, (all.map { TextWidth.of($0.name) }.max() ?? 0) + 1)
    // The innermost frame matters most: show the bottom, scrolled up on request.
    let bottom = max(0, all.count - area.height - scene.options.scrollOffset(.frames))
    let e = scene.glyphs.ellipsis
    for row in 0..<min(area.height, all.count) {
      let line = all[bottom + row]
      let functionStyle = line.isInnermost ? Style(bold: true) : Palette.dim
      // Scrolled into a frame: its name stays on the top row.
      let function = row == 0 && line.function.isEmpty ? line.frame : line.function
      grid.put(
        TextWidth.truncate(function, to: functionWidth - 1, ellipsis: e), in: area, row: row, style: functionStyle)
      grid.put(TextWidth.truncate(line.name, to: nameWidth - 1, ellipsis: e), in: area, column: functionWidth, row: row)
      grid.put(
        TextWidth.truncate(line.value, to: area.width - functionWidth - nameWidth, ellipsis: e), in: area,
        column: functionWidth + nameWidth, row: row, style: line.valueStyle)
    }
  }
}
