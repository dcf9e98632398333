/// What a key does on the live screen. `PlaySession` acts on these, never
/// on keys: a key reaches an action only through `KeyBinding.table`, so
/// the help overlay, the key bar and `gcviz help play`, all drawn from the
/// same table, cannot miss a key that works or list one that does not.
public enum PlayCommand: String, CaseIterable, Sendable {
  case playPause
  case stepOver, stepBack, stepOut
  case nextLine, previousLine
  case nextEvent, previousEvent
  case nextCollection, previousCollection
  case stopAtCollections
  case first, last
  case goToStep, goToLine, search
  case faster, slower
  case focusNextPanel, focusPreviousPanel, unfocusPanel
  case scrollUp, scrollDown, pageUp, pageDown
  case panLeft, panRight
  case inspect, previousObject, nextObject, closeInspector
  case focusGraph
  case switchProfile, showHidden, showStack
  /// `--compare`: which half the moves are taken on (the other follows).
  case switchSide
  case help, closeHelp
  case promptConfirm, promptCancel, promptErase
  case quizAnswer, quizSkip, quizErase
  /// Not a key of its own: what typing a quiz answer does.
  case quizType
  /// Not a key of its own: what typing in a prompt does (see `typing`).
  case promptType
  case quit
}

/// Where the keys are read: a key may mean something else in the
/// inspector, in the focused Objects panel, in the help or in a prompt.
public enum KeyMode: String, CaseIterable, Sendable {
  /// Everywhere, unless a mode below takes the key.
  case main
  /// With the Objects panel focused (`Tab`).
  case objects
  /// With the Source or the Output panel focused (`Tab`): their long lines.
  case textPanel
  /// With the inspector open (other keys work as in `main`).
  case inspector
  /// With the help open (no other key works).
  case help
  /// While `g`, `:` or `/` asks for a number or a name (no other key works).
  case prompt
  /// While `play --quiz` asks for a count (no other key works).
  case quiz
  /// `play --compare`: the split screen's keys (no other key works).
  case compare

  /// The heading the help overlay puts above the mode's keys.
  var heading: String? {
    switch self {
    case .main: return nil
    case .objects: return "in the Objects panel (Tab to it):"
    case .textPanel: return "in the Source or Output panel (Tab to it):"
    case .inspector: return "in the inspector:"
    case .help: return "in this help:"
    case .prompt: return "in a prompt (g, :, /):"
    case .quiz: return "in a quiz question (play --quiz):"
    case .compare: return "with play --compare (the other half follows):"
    }
  }
}

/// One row of the key table: keys, the mode they work in, what they do,
/// and how the help and the key bar show them.
public struct KeyBinding: Sendable {
  public var keys: [Key]
  public var mode: KeyMode
  /// One command for all the keys, or one per key (`↑ / ↓`).
  public var commands: [PlayCommand]
  /// What the help says the keys do.
  public var help: String
  /// The toy JVM's wording, or nil when the key does nothing there.
  public var jvmHelp: String?
  /// How the key bar shows the binding, if it does: the key (`n`, `+/-`),
  /// a short label, and a priority (0 stays longest on a narrow bar).
  public var bar: (key: String, label: String, priority: Int)?
  /// How the help shows the keys when not by their names (`0-9`).
  public var label: String?

  init(
    _ keys: [Key], _ commands: PlayCommand..., help: String, mode: KeyMode = .main, jvm: JVMWording = .same,
    bar: (String, String, Int)? = nil, label: String? = nil
  ) {
    precondition(commands.count == 1 || commands.count == keys.count, "one command, or one per key")
    self.keys = keys
    self.mode = mode
    self.commands = commands
    self.help = help
    switch jvm {
    case .same: jvmHelp = help
    case .says(let text): jvmHelp = text
    case .absent: jvmHelp = nil
    }
    self.bar = bar
    self.label = label
  }

  enum JVMWording {
    case same
    case says(String)
    case absent
  }

  /// The keys as the help shows them: `→ / n`, `space`, `Shift-Tab`.
  public var keyNames: String { label ?? keys.map(Self.name).joined(separator: " / ") }

  /// Whether the binding works for a scenario of this kind.
  public func applies(jvm: Bool) -> Bool { !jvm || jvmHelp != nil }

  /// The help's text for a scenario of this kind.
  public func helpText(jvm: Bool) -> String { jvm ? (jvmHelp ?? help) : help }

  public static func name(_ key: Key) -> String {
    switch key {
    case .character(" "): return "space"
    case .character(let c): return String(c)
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .enter: return "Enter"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .escape: return "Esc"
    case .backspace: return "Backspace"
    case .resize: return "resize"
    }
  }
}

extension KeyBinding {
  /// Every key of `gcviz play`, in the order the help lists them.
  public static let table: [KeyBinding] = [
    KeyBinding([.character(" ")], .playPause, help: "play / pause", bar: ("space", "play", 0)),
    KeyBinding(
      [.character("n")], .stepOver, help: "step over: next line of this frame or an outer one", bar: ("n", "next", 0)),
    KeyBinding(
      [.character("b")], .stepBack, help: "back to where n came from (or this step's start)",
      bar: ("b", "back", 1)),
    KeyBinding([.right], .nextLine, help: "next step: the next line run, in a call too"),
    KeyBinding([.left], .previousLine, help: "previous step (or this step's start)"),
    KeyBinding([.character("o")], .stepOut, help: "step out: to the line after this frame returns"),
    KeyBinding(
      [.character("s")], .nextEvent, help: "step into: next event (refcount, phase, line of a call)",
      jvm: .says("step into: next count change, instruction, phase, line"), bar: ("s", "into", 2)),
    KeyBinding(
      [.character("S")], .previousEvent, help: "back one event",
      jvm: .says("back one count change, instruction, phase or line")),
    KeyBinding(
      [.character("c")], .nextCollection, help: "to the start of the next collection",
      jvm: .says("to the next cycle collection (System.gc())"), bar: ("c", "next gc", 2)),
    KeyBinding(
      [.character("C")], .previousCollection, help: "to the start of the previous collection",
      jvm: .says("to the previous cycle collection")),
    KeyBinding([.character("t")], .stopAtCollections, help: "while playing, stop at each collection (on / off)"),
    KeyBinding([.home], .first, help: "the first (kept) step"),
    KeyBinding([.end], .last, help: "the last step recorded"),
    KeyBinding([.character("g")], .goToStep, help: "go to a step: type its number, Enter"),
    KeyBinding([.character(":")], .goToLine, help: "go to a line: its number, Enter (the next time it runs)"),
    KeyBinding(
      [.character("/")], .search,
      help: "search objects by type or #id (/ Enter: the next match)"),
    KeyBinding([.tab], .focusNextPanel, help: "focus the next panel"),
    KeyBinding([.backTab], .focusPreviousPanel, help: "focus the previous panel"),
    KeyBinding([.escape], .unfocusPanel, help: "unfocus the panel"),
    KeyBinding([.up, .down], .scrollUp, .scrollDown, help: "scroll the focused panel", label: "↑ / ↓"),
    KeyBinding(
      [.pageUp, .pageDown], .pageUp, .pageDown, help: "scroll the focused panel by a page", label: "PgUp / PgDn"),
    KeyBinding(
      [.enter], .inspect, help: "inspect: referents, referrers, the path from a root",
      bar: ("Enter", "inspect", 3)),
    KeyBinding([.character("f")], .focusGraph, help: "focus the graph on the inspected (or newest) object"),
    KeyBinding(
      [.character("p")], .switchProfile, help: "switch profile (same line and run)",
      jvm: .says("switch profile: jvm-rc / jvm-rc+cycles (same line)"), bar: ("p", "profile", 5)),
    KeyBinding(
      [.character("d")], .showHidden, help: "show / hide hidden objects (__dict__s, frames)", jvm: .absent,
      bar: ("d", "hidden", 4)),
    KeyBinding([.character("e")], .showStack, help: "show / hide each frame's evaluation stack", jvm: .absent),
    KeyBinding(
      [.character("+"), .character("=")], .faster, help: "faster (with a graph focus: one hop more)",
      bar: ("+/-", "speed", 5),
      label: "+"),
    KeyBinding(
      [.character("-"), .character("_")], .slower, help: "slower (with a graph focus: one hop fewer)", label: "-"),
    KeyBinding([.character("?")], .help, help: "this help", bar: ("?", "help", 0)),
    KeyBinding([.character("q")], .quit, help: "quit", bar: ("q", "quit", 0)),

    KeyBinding([.left, .right], .panLeft, .panRight, help: "pan the graph", mode: .objects, label: "← / →"),

    KeyBinding(
      [.left, .right], .panLeft, .panRight, help: "scroll long lines sideways (… marks cut text)", mode: .textPanel,
      label: "← / →"),

    KeyBinding(
      [.up, .down], .previousObject, .nextObject, help: "the previous / next object", mode: .inspector, label: "↑ / ↓"),
    KeyBinding([.enter, .escape], .closeInspector, help: "close the inspector", mode: .inspector),

    KeyBinding([.up, .down], .scrollUp, .scrollDown, help: "scroll this help", mode: .help, label: "↑ / ↓"),
    KeyBinding(
      [.pageUp, .pageDown], .pageUp, .pageDown, help: "scroll this help by a page", mode: .help, label: "PgUp / PgDn"),
    KeyBinding([.character("?"), .escape, .enter], .closeHelp, help: "close this help", mode: .help),
    KeyBinding([.character("q")], .quit, help: "quit", mode: .help),

    KeyBinding([], .promptType, help: "type the number (g, :) or the name (/)", mode: .prompt, label: "0-9, text"),
    KeyBinding([.backspace], .promptErase, help: "erase the last character", mode: .prompt),
    KeyBinding([.enter], .promptConfirm, help: "go", mode: .prompt),
    KeyBinding([.escape], .promptCancel, help: "cancel", mode: .prompt),

    KeyBinding([], .quizType, help: "type the count, or the #numbers a collection frees", mode: .quiz, label: "0-9, #"),
    KeyBinding([.backspace], .quizErase, help: "erase the last digit", mode: .quiz),
    KeyBinding([.enter], .quizAnswer, help: "answer; once revealed, go on", mode: .quiz),
    KeyBinding([.escape], .quizSkip, help: "skip the question (not scored)", mode: .quiz),
    KeyBinding([.character("q")], .quit, help: "quit", mode: .quiz),

    KeyBinding(
      [.character(" ")], .playPause, help: "play / pause both halves", mode: .compare, bar: ("space", "play", 0)),
    KeyBinding(
      [.character("n")], .stepOver, help: "step over: the leading half's next line in this frame",
      mode: .compare, bar: ("n", "next", 0)),
    KeyBinding([.right], .nextLine, help: "the leading half's next line run, in a call too", mode: .compare),
    KeyBinding([.left], .previousLine, help: "the leading half's previous line (or this line's start)", mode: .compare),
    KeyBinding(
      [.character("c")], .nextCollection, help: "to the next collection of either half",
      mode: .compare, bar: ("c", "next gc", 1)),
    KeyBinding(
      [.character("C")], .previousCollection, help: "to the previous collection of either half", mode: .compare),
    KeyBinding(
      [.character("t")], .stopAtCollections, help: "playing stops at either half's collections (on / off)",
      mode: .compare),
    KeyBinding([.home], .first, help: "both halves at step 0", mode: .compare),
    KeyBinding([.end], .last, help: "both halves at their end", mode: .compare),
    KeyBinding(
      [.tab], .switchSide, help: "lead with the other half (the moves above are its lines)", mode: .compare,
      bar: ("Tab", "lead", 2)),
    KeyBinding([.character("+"), .character("=")], .faster, help: "faster", mode: .compare, label: "+"),
    KeyBinding([.character("-"), .character("_")], .slower, help: "slower", mode: .compare, label: "-"),
    KeyBinding([.character("?")], .help, help: "this help", mode: .compare, bar: ("?", "help", 0)),
    KeyBinding([.character("q")], .quit, help: "quit", mode: .compare, bar: ("q", "quit", 0)),
  ]

  /// What `key` does in `mode` for a scenario of this kind (nil: nothing).
  /// `inspector`, `objects` and `textPanel` fall back to `main`; `help`, `prompt` and `quiz` do not.
  public static func command(for key: Key, in mode: KeyMode, jvm: Bool) -> PlayCommand? {
    let modes: [KeyMode]
    switch mode {
    case .main, .help, .prompt, .quiz, .compare: modes = [mode]
    case .objects, .textPanel, .inspector: modes = [mode, .main]
    }
    for mode in modes {
      for binding in table where binding.mode == mode && binding.applies(jvm: jvm) {
        guard let index = binding.keys.firstIndex(of: key) else { continue }
        return binding.commands.count == 1 ? binding.commands[0] : binding.commands[index]
      }
    }
    return nil
  }

  /// The keys as a list under their modes' headings: `gcviz help play`'s
  /// discussion (Python's wording; the help overlay has the toy JVM's).
  public static var summary: String {
    let column = (table.map { $0.keyNames.count }.max() ?? 0) + 2
    var lines: [String] = []
    for mode in KeyMode.allCases {
      lines.append(mode.heading.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? "Keys:")
      for binding in table where binding.mode == mode {
        let names = binding.keyNames
        lines.append("  " + names + String(repeating: " ", count: max(1, column - names.count)) + binding.help)
      }
    }
    lines.append("Java scenarios: s also stops at each instruction; d and e do nothing.")
    return lines.joined(separator: "\n")
  }
}
