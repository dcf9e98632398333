import GCEngine
import GCVizTimeline

/// The scenario's source: line numbers, the current line marked and kept in
/// view, the lines that just ran in its frame (a fading trail), the lines the
/// outer frames wait on, the `#:` header folded into one row, and the
/// caption of the line whose effects the screen shows. Lines wider than the
/// panel end in `…` and pan sideways (`←`/`→` with the panel focused).
enum SourcePanel {
  /// What a row of the code shows: a line (0-based), or the header folded.
  enum Row: Equatable {
    case line(Int)
    case header(lines: Int, keys: [String])
  }

  /// The rows of the code: the scenario's leading `#:` (`//:`) lines, its
  /// title and profiles, folded into one, then every other line.
  static func rows(_ context: ScreenContext) -> [Row] {
    let marker = context.headerMarker
    let header = context.sourceLines.prefix { $0.hasPrefix(marker) }
    var rows: [Row] = []
    if !header.isEmpty {
      let keys = header.map { line in
        String(line.dropFirst(marker.count).drop { $0 == " " }.prefix { $0 != ":" && $0 != " " })
      }
      rows.append(.header(lines: header.count, keys: keys))
    }
    rows += (header.count..<context.sourceLines.count).map(Row.line)
    return rows
  }

  /// The caption under the code and what it is about. At a line (or the
  /// end) it is the caption of the line that just ran, which the screen
  /// shows the state after; inside a step (`s`), the caption of the line
  /// under way, said to describe its end.
  static func caption(_ scene: Scene) -> (label: String, text: String)? {
    let state = scene.state
    if state.stopInStep > 0 && state.ending == nil {
      let line = scene.currentLine
      return scene.context.captions[line].map { ("once line \(line) is done:", $0) }
    }
    // At the end the last line entry ran too (often the module's closing
    // jump, uncaptioned): its caption, else the one of the line before it.
    var line = state.recentLines.finished
    if state.ending != nil && scene.context.captions[state.line] != nil { line = state.line }
    return scene.context.captions[line].map { ("after line \(line):", $0) }
  }

  static func draw(_ grid: inout Grid, _ area: Rect, _ scene: Scene) {
    guard !area.isEmpty else { return }
    let g = scene.glyphs
    let lines = scene.context.sourceLines
    let current = scene.currentLine
    // The caption and the latest event sit under the code.
    var footer: [(String, Style)] = []
    if let (label, text) = caption(scene) {
      // Small screens keep most rows for the code; a longer caption ends in `…`.
      let captionRows = max(1, min(3, (area.height - 4) / 3))
      let marker = scene.context.captionMarker + " "
      let width = area.width - TextWidth.of(marker)
      let wrapped = TextWidth.wrap(label + " " + text, width: width)
      for (i, line) in wrapped.prefix(captionRows).enumerated() {
        var shown = line
        if i == captionRows - 1 && wrapped.count > captionRows {
          shown = TextWidth.truncate(line + " " + wrapped[i + 1], to: width, ellipsis: g.ellipsis)
        }
        footer.append(
          ((i == 0 ? marker : String(repeating: " ", count: marker.count)) + shown, Style(foreground: .cyan)))
      }
    }
    // The toy JVM says it under the instruction that did it instead.
    if !scene.context.isJVM, area.height >= 10, let event = scene.state.lastEvent, let text = describe(event, scene) {
      footer.append((TextWidth.truncate("\(g.phaseArrow) " + text, to: area.width, ellipsis: g.ellipsis), Palette.dim))
    }
    if !footer.isEmpty { footer.insert(("", .plain), at: 0) }
    let codeRows = max(1, area.height - footer.count)
    let numberWidth = max(2, String(lines.count).count)
    let rows = rows(scene.context)
    let currentRow = rows.firstIndex(of: .line(current - 1))
    var top = 0
    if let currentRow { top = currentRow - codeRows / 3 }
    top += scene.options.scroll[.source] ?? 0
    top = max(0, min(top, rows.count - codeRows))
    let pan = scene.options.panOffset(.source)
    let callers = Set(scene.state.frames.dropLast().map(\.line))
    // Age of each line that just ran in the current frame (0 = the last).
    var ages: [Int: Int] = [:]
    for (age, line) in scene.state.recentLines.lines.enumerated() where ages[line] == nil { ages[line] = age }
    for row in 0..<codeRows {
      guard top + row < rows.count else { break }
      let index: Int
      switch rows[top + row] {
      case .header(let count, let keys):
        let numberText = TextWidth.padLeft("1", numberWidth)
        let folded = "\(scene.context.headerMarker) \(count) header lines: \(keys.joined(separator: ", "))"
        let x = grid.put(" " + numberText + " ", in: area, row: row, style: Palette.lineNumber)
        grid.put(
          TextWidth.truncate(folded, to: area.width - x, ellipsis: g.ellipsis), in: area, column: x, row: row,
          style: Palette.dim)
        continue
      case .line(let line): index = line
      }
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
      grid.put(
        TextWidth.window(code, from: pan, width: area.width - x, ellipsis: g.ellipsis), in: area, column: x, row: row,
        style: style)
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
