import GCEngine

/// The panels of the screen, for focus (`Tab`) and scrolling.
public enum Panel: String, Sendable, CaseIterable, Hashable {
  case source
  case frames
  case generations
  case objects
  case memory
  case output
  /// The toy JVM's code (Java scenarios only).
  case bytecode

  /// Whether the panel keeps its newest or innermost lines at the bottom,
  /// so its scroll offset counts up from there (Output, Frames).
  public var scrollsFromBottom: Bool { self == .output || self == .frames }
}

/// How the user has set up the view: everything besides the run state that
/// changes what is drawn.
public struct ScreenOptions: Equatable, Sendable {
  /// `d`: draw hidden objects (2.7 `__dict__`s, frame objects).
  public var showHidden: Bool
  /// Show each frame's evaluation stack (2.7's "a call adds 2").
  public var showStack: Bool
  /// ASCII instead of box drawing (`+-|`, `->`).
  public var ascii: Bool
  /// false: no colours or attributes, except reverse video on the current line.
  public var color: Bool
  public var playing: Bool
  /// Steps per second while playing (shown as `×4`).
  public var speed: Double
  public var helpVisible: Bool
  /// The object `Enter` opened in the inspector.
  public var inspecting: ObjectID?
  public var focusedPanel: Panel?
  /// Lines scrolled per panel. Objects: down from the top. Output and
  /// Frames: up from the newest/innermost. Source: away from the current line
  /// (positive = later lines).
  public var scroll: [Panel: Int]
  /// Columns panned right per panel (the object graph, and the Source's
  /// and Output's long lines).
  public var pan: [Panel: Int]
  /// `f`: the graph shows `focus.object` and what is at most `focus.hops`
  /// references away from it, either way (nil: the whole graph).
  public var focus: GraphFocus?
  /// The stepping grain shown in the title (`line`, `event`, `phase`), if any.
  public var grain: String?
  /// A short message shown in place of the key bar (e.g. why `p` did nothing).
  public var notice: String?
  /// `g`, `:` or `/` asking for a number or a name, in place of the key bar.
  public var prompt: KeyPrompt?
  /// Lines the help overlay is scrolled down.
  public var helpScroll = 0
  /// `t`: playing stops at the start of each collection.
  public var stopAtCollections = false
  /// `play --quiz`: the score, and the question asked now (nil: no quiz).
  public var quiz: Quiz?

  public init(
    showHidden: Bool = false, showStack: Bool = false, ascii: Bool = false, color: Bool = true, playing: Bool = false,
    speed: Double = 1, helpVisible: Bool = false, inspecting: ObjectID? = nil, focusedPanel: Panel? = nil,
    scroll: [Panel: Int] = [:], pan: [Panel: Int] = [:], focus: GraphFocus? = nil, grain: String? = nil,
    notice: String? = nil
  ) {
    self.showHidden = showHidden
    self.showStack = showStack
    self.ascii = ascii
    self.color = color
    self.playing = playing
    self.speed = speed
    self.helpVisible = helpVisible
    self.inspecting = inspecting
    self.focusedPanel = focusedPanel
    self.scroll = scroll
    self.pan = pan
    self.focus = focus
    self.grain = grain
    self.notice = notice
  }

  /// The scroll offset of `panel` (0 when unset).
  public func scrollOffset(_ panel: Panel) -> Int { max(0, scroll[panel] ?? 0) }

  /// Columns `panel` is panned right (0 when unset).
  public func panOffset(_ panel: Panel) -> Int { max(0, pan[panel] ?? 0) }
}

/// What `f` narrows the object graph to.
public struct GraphFocus: Equatable, Sendable {
  public var object: ObjectID
  /// References away from the object, either way (`+`/`-` change it).
  public var hops: Int

  public init(object: ObjectID, hops: Int) {
    self.object = object
    self.hops = hops
  }
}

/// What a prompt asks for and what has been typed so far.
public struct KeyPrompt: Equatable, Sendable {
  public enum Kind: String, Sendable {
    case step, line, search
  }
  public var kind: Kind
  public var text: String

  public init(_ kind: Kind, text: String = "") {
    self.kind = kind
    self.text = text
  }

  /// The question before the typed text.
  public var question: String {
    switch kind {
    case .step: return "go to step:"
    case .line: return "go to line:"
    case .search: return "search type or #id:"
    }
  }

  /// Whether `character` can be typed here: digits for a step or a line,
  /// printable text for a search.
  public func accepts(_ character: Character) -> Bool {
    switch kind {
    case .step, .line: return character.isASCII && character.isNumber && text.count < 12
    case .search:
      return !character.isNewline && character.asciiValue.map { $0 >= 32 && $0 < 127 } ?? true && text.count < 64
    }
  }
}
