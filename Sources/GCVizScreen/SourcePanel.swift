import GCEngine
import GCVizTimeline

/// The scenario's source: line numbers, the current line marked and kept in
/// view, the lines that just ran in its frame (a fading trail), the lines the
/// outer frames wait on, and the current line's caption.
enum SourcePanel {
  static func draw(_ grid: inout Grid, _ area: Rect, _ scene: Scene) {
    guard !area.isEmpty else { return }
    let g = scene.glyphs
    let lines = scene.context.sourceLines
    let current = scene.currentLine
    // The caption and the latest event sit under the code.
    var footer: [(String, Style)] = []
    if let caption = scene.context.captions[current] {
      // Small screens keep most rows for the code.
      let captionRows = max(1, min(3, (area.height - 4) / 3))
      for (i, line) in TextWidth.wrap(caption, width: area.width - scene.context.captionMarker.count - 1).prefix(
        captionRows
      ).enumerated() {
        let marker = scene.context.captionMarker + " "
        footer.append(
          ((i == 0 ? marker : String(repeating: " ", count: marker.count)) + line, Style(foreground: .cyan)))
      }
    }
    // The toy JVM says it under the instruction that did it instead.
    if !scene.context.isJVM, area.height >= 10, let event = scene.state.lastEvent, let text = describe(event, scene) {
      footer.append(("\(g.phaseArrow) " + text, Palette.dim))
    }
    if !footer.isEmpty { footer.insert(("", .plain), at: 0) }
    let codeRows = max(1, area.height - footer.count)
    let numberWidth = max(2, String(lines.count).count)
    var top = 0
    if current > 0 { top = current - 1 - codeRows / 3 }
    top += scene.options.scroll[.source] ?? 0
    top = max(0, min(top, lines.count - codeRows))
    let callers = Set(scene.state.frames.dropLast().map(\.line))
    // Age of each line that just ran in the current frame (0 = the last).
    var ages: [Int: Int] = [:]
    for (age, line) in scene.state.recentLines.lines.enumerated() where ages[line] == nil { ages[line] = age }
    for row in 0..<codeRows {
      let index = top + row
      guard index < lines.count else { break }
      let number = index + 1
      let code = ScreenContext.split(lines[index], marker: scene.context.captionMarker).code
      let isCurrent = number == current
      var marker = " "
      var style = Style.plain
      if isCurrent {
        marker = g.currentLine
        style = Palette.currentLine
        grid.fill(x: area.x, y: area.y + row, width: area.width, height: 1, style: style)
      } else if callers.contains(number) {
        marker = g.callerLine
      }
      var markerStyle = isCurrent ? style : Palette.dim
      var numberStyle = isCurrent ? style : Palette.lineNumber
      // A waiting caller's mark wins: it says more than "ran a moment ago".
      if !isCurrent, marker == " ", let age = ages[number] {
        marker = g.recentLines[min(age, g.recentLines.count - 1)]
        markerStyle = Palette.recentLine(age)
        numberStyle = markerStyle
      }
      let numberText = TextWidth.padLeft(String(number), numberWidth)
      var x = grid.put(marker, in: area, row: row, style: markerStyle)
      x += grid.put(numberText + " ", in: area, column: x, row: row, style: numberStyle)
      grid.put(code, in: area, column: x, row: row, style: style)
    }
    for (i, line) in footer.enumerated() {
      grid.put(line.0, in: area, row: codeRows + i, style: line.1)
    }
  }

  /// The latest fine-grained event in words (what `s` just did).
  static func describe(_ event: HeapEvent, _ scene: Scene) -> String? {
    func name(_ id: ObjectID) -> String { scene.object(id).map(Format.reference) ?? "an object" }
    func rc(_ id: ObjectID) -> String { scene.object(id).map { " " + Format.refcount($0) } ?? "" }
    switch event {
    case .allocated(let id, _, _): return "allocated \(name(id))"
    // The event carries the count it leaves (one reference more or less).
    case .incref(let id, let count, let cause): return "incref \(name(id)) (\(cause.rawValue)): rc=\(count)"
    case .decref(let id, let count, let cause): return "decref \(name(id)) (\(cause.rawValue)): rc=\(count)"
    case .freed: return "freed an object"
    case .tracked(let id, let generation): return "\(name(id)) tracked in gen\(generation)"
    case .untracked(let id): return "\(name(id)) untracked"
    case .collectionStarted(let generation, let automatic):
      return "\(automatic ? "automatic" : "explicit") collection of gen\(generation) started"
    case .phase(let phase): return "phase: " + Format.phase(phase)
    case .gcRefs(let id, let value): return "\(name(id)) gc_refs = \(value)"
    case .reachable(let id): return "\(name(id)) is reachable"
    case .unreachable(let id): return "\(name(id)) is unreachable"
    case .promoted(let count, let generation): return "\(count) survivors promoted to gen\(generation)"
    case .finalizerCalled(let id): return "__del__ of \(name(id)) called"
    case .resurrected(let id): return "\(name(id)) resurrected"
    case .cleared(let id): return "\(name(id)) cleared"
    case .addedToGarbage(let id): return "\(name(id)) added to gc.garbage"
    case .collectionFinished(let generation, let collected, let uncollectable):
      return "collection of gen\(generation) done: \(collected) collected, \(uncollectable) uncollectable"
    case .referencesChanged(let id): return "\(name(id)) references changed"
    case .trialPhase(let phase): return "trial deletion: " + Format.trialPhase(phase)
    case .colored(let id, let color): return "\(name(id)) turns \(Format.trialColor(color))\(rc(id))"
    case .buffered(let id, let isBuffered):
      return isBuffered ? "\(name(id)) buffered: a possible root of a cycle" : "\(name(id)) leaves the root buffer"
    // Output and line moves show elsewhere (Output panel, the marked line);
    // events added later need no caption to be drawn correctly.
    default: return nil
    }
  }
}
