import GCEngine

/// `?`: every key, and what the colours of the graph mean.
enum HelpOverlay {
  /// The table's rows for a scenario of this kind, under their modes'
  /// headings: `play`'s modes, or the split screen's (`--compare`).
  static func keyLines(jvm: Bool, ascii: Bool, compare: Bool = false) -> [(String, Style)] {
    var lines: [(String, Style)] = []
    let column = keyColumn
    let modes: [KeyMode] = compare ? [.compare, .help] : KeyMode.allCases.filter { $0 != .compare }
    for mode in modes {
      let rows = KeyBinding.table.filter { $0.mode == mode && $0.applies(jvm: jvm) }
      guard !rows.isEmpty else { continue }
      if let heading = mode.heading { lines += [("", .plain), (heading, Palette.dim)] }
      for binding in rows {
        let key = ascii ? Glyphs.asciiArrows(binding.keyNames) : binding.keyNames
        lines.append((TextWidth.truncate(key, to: column - 1).padding(to: column) + binding.helpText(jvm: jvm), .plain))
      }
    }
    return lines
  }

  /// The keys' column: the widest key names and a space.
  static let keyColumn = (KeyBinding.table.map { TextWidth.of($0.keyNames) }.max() ?? 0) + 1

  static func draw(_ grid: inout Grid, _ scene: Scene) {
    drawScrolled(&grid, lines(jvm: scene.context.isJVM, ascii: scene.options.ascii), scene)
  }

  /// The split screen's help: its keys and the help's own.
  static func drawCompare(_ grid: inout Grid, _ scene: Scene) {
    drawScrolled(&grid, keyLines(jvm: scene.context.isJVM, ascii: scene.options.ascii, compare: true), scene)
  }

  /// All the help's lines: the keys, then what the colours mean.
  static func lines(jvm: Bool, ascii: Bool) -> [(String, Style)] {
    var lines = keyLines(jvm: jvm, ascii: ascii)
    lines.append(("", .plain))
    if jvm {
      lines.append(("trial deletion's colours (jvm-rc+cycles):", Palette.dim))
      lines += [
        ("purple  a possible root: its count went down, not to 0", Palette.style(for: TrialColor.purple)),
        ("grey    its subgraph's internal references subtracted", Palette.style(for: TrialColor.gray)),
        ("white   still 0 after the scan: garbage", Palette.style(for: TrialColor.white)),
        ("black   in use (plain)", Palette.style(for: TrialColor.black)),
      ]
      return lines
    }
    lines.append(("colours during a collection:", Palette.dim))
    lines += [
      ("yellow  candidate: gc_refs being computed", Palette.style(for: .candidate)),
      ("green   reachable from outside the generation", Palette.style(for: .reachable)),
      ("red     unreachable so far: garbage", Palette.style(for: .unreachable)),
      ("magenta finalized: its __del__ ran", Palette.style(for: .finalized)),
      ("grey    cleared: about to be freed", Palette.style(for: .cleared)),
      ("red     uncollectable: kept in gc.garbage", Palette.style(for: .uncollectable)),
    ]
    return lines
  }

  /// The lines from the help's scroll offset; the footer says how to
  /// scroll when they do not all fit.
  static func drawScrolled(_ grid: inout Grid, _ lines: [(String, Style)], _ scene: Scene) {
    let rows = max(1, grid.height - 4)
    let top = min(scene.options.helpScroll, max(0, lines.count - rows))
    let fits = lines.count <= rows
    let arrows = scene.options.ascii ? "up/down" : "↑/↓"
    Overlay.draw(
      &grid, title: "gcviz keys", footer: fits ? "? close" : "\(arrows) scroll · ? close",
      lines: Array(lines.dropFirst(top)), scene)
  }
}

extension String {
  /// Pads with spaces to `width` display columns.
  func padding(to width: Int) -> String {
    let w = TextWidth.of(self)
    return w >= width ? self : self + String(repeating: " ", count: width - w)
  }
}
