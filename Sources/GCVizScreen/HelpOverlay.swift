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
    // Each state by the word its box shows, then its colour: two states
    // share red, and a terminal may show no colour at all.
    func state(_ word: String, _ meaning: String, _ style: Style) -> (String, Style) {
      (word.padding(to: 14) + meaning, style)
    }
    if jvm {
      lines.append(("what the boxes say (jvm-rc+cycles' trial deletion; colour in brackets):", Palette.dim))
      lines += [
        state("purple", "(magenta) a possible root: its count went down, not to 0", Palette.style(for: .purple)),
        state("grey", "(grey) its subgraph's internal references subtracted", Palette.style(for: .gray)),
        state("white", "(bold white) still 0 after the scan: garbage", Palette.style(for: .white)),
        state("(none)", "black: in use", Palette.style(for: .black)),
        state("leaked", "at the end: never freed, held only by other leaked objects", .plain),
      ]
      return lines
    }
    lines.append(("what the boxes say during a collection (colour in brackets):", Palette.dim))
    lines += [
      state("candidate", "(yellow) gc_refs being computed", Palette.style(for: .candidate)),
      state("reachable", "(green) reachable from outside the generation", Palette.style(for: .reachable)),
      state("unreachable", "(red) no outside reference found so far: garbage", Palette.style(for: .unreachable)),
      state("finalized", "(magenta) its __del__ ran", Palette.style(for: .finalized)),
      state("cleared", "(dim grey) about to be freed", Palette.style(for: .cleared)),
      state(
        "uncollectable", "(bold red) a __del__ keeps it: it goes to gc.garbage", Palette.style(for: .uncollectable)),
      state("garbage", "(bold red) held by gc.garbage", Palette.style(for: .uncollectable)),
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
