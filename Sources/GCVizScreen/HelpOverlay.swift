import GCEngine

/// `?`: every key, and what the colours of the graph mean.
enum HelpOverlay {
  static let keys: [(String, String)] = [
    ("space", "play / pause"), ("→ / n", "next step (one source line)"), ("← / b", "previous step"),
    ("s / S", "step into: next / previous refcount event or collector phase"),
    ("c / C", "to the next / previous collection"),
    ("Home / End", "first / last step"), ("+ / -", "faster / slower"), ("Tab", "focus the next panel"),
    ("arrows", "scroll the focused panel; in Objects, pan the graph"),
    ("Enter", "inspect an object: referents, referrers, path from a root"),
    ("f", "focus the graph on the inspected (or newest) object and its neighbours"),
    ("+ / -", "with a focus: one hop more / fewer"),
    ("↑ / ↓", "in the inspector: the previous / next object"), ("Esc", "close the inspector or this help"),
    ("p", "switch profile (same step)"), ("d", "show / hide hidden objects (__dict__s, frames)"),
    ("e", "show / hide each frame's evaluation stack"),
    ("?", "this help"), ("q", "quit"),
  ]

  /// The toy JVM's keys: `s` also stops at instructions; nothing is hidden
  /// and the operand stack is always shown.
  static let jvmKeys: [(String, String)] = keys.compactMap { key, text in
    switch key {
    case "s / S": return (key, "step into: next / previous count change, instruction or phase")
    case "c / C": return (key, "to the next / previous cycle collection (System.gc())")
    case "p": return (key, "switch profile: jvm-rc / jvm-rc+cycles (same step)")
    case "d", "e": return nil
    default: return (key, text)
    }
  }

  static func draw(_ grid: inout Grid, _ scene: Scene) {
    var lines: [(String, Style)] = []
    let jvm = scene.context.isJVM
    for (key, text) in jvm ? jvmKeys : keys {
      let shownKey =
        scene.options.ascii
        ? key.replacingOccurrences(of: "→", with: "right").replacingOccurrences(of: "←", with: "left")
          .replacingOccurrences(of: "↑", with: "up").replacingOccurrences(of: "↓", with: "down") : key
      lines.append((TextWidth.truncate(shownKey, to: 12).padding(to: 12) + text, .plain))
    }
    lines.append(("", .plain))
    if jvm {
      lines.append(("trial deletion's colours (jvm-rc+cycles):", Palette.dim))
      lines += [
        ("purple  a possible root: its count went down, not to 0", Palette.style(for: TrialColor.purple)),
        ("grey    its subgraph's internal references subtracted", Palette.style(for: TrialColor.gray)),
        ("white   still 0 after the scan: garbage", Palette.style(for: TrialColor.white)),
        ("black   in use (plain)", Palette.style(for: TrialColor.black)),
      ]
      Overlay.draw(&grid, title: "gcviz keys", footer: "? close", lines: lines, scene)
      return
    }
    lines.append(("colours during a collection:", Palette.dim))
    let marks: [(String, Style)] = [
      ("yellow  candidate: gc_refs being computed", Palette.style(for: .candidate)),
      ("green   reachable from outside the generation", Palette.style(for: .reachable)),
      ("red     unreachable so far: garbage", Palette.style(for: .unreachable)),
      ("magenta finalized: its __del__ ran", Palette.style(for: .finalized)),
      ("grey    cleared: about to be freed", Palette.style(for: .cleared)),
      ("red     uncollectable: kept in gc.garbage", Palette.style(for: .uncollectable)),
    ]
    lines += marks
    Overlay.draw(&grid, title: "gcviz keys", footer: "? close", lines: lines, scene)
  }
}

extension String {
  /// Pads with spaces to `width` display columns.
  func padding(to width: Int) -> String {
    let w = TextWidth.of(self)
    return w >= width ? self : self + String(repeating: " ", count: width - w)
  }
}
