import CNcursesw
import GCVizScreen
import Glibc

/// The thin ncurses backend: starts and ends the screen, draws grids
/// (sending only what changed), and reads keys. Everything it draws comes
/// from `Screen.render`, so the terminal shows what `gcviz render` prints.
public final class CursesTerminal {
  /// Why the screen could not start, ready to print.
  public struct StartError: Error, CustomStringConvertible {
    public var description: String
  }

  /// Whether the locale can show Unicode (if not, draw with `--ascii`).
  public let unicode: Bool
  /// Whether the terminal has colours (if not, draw without).
  public let hasColors: Bool
  private var screen: OpaquePointer?
  private var previous: Grid?
  private var pairs: [Int: Int16] = [:]
  private var grayColor: Int16 = Int16(COLOR_WHITE)
  private var grayIsDim = true
  private var stopped = false
  private var suspendedStop = sigaction()

  /// Takes over the terminal: alternate screen, no echo, keys one by one,
  /// cursor hidden. Fails, saying why, on a terminal ncurses cannot drive
  /// (TERM unset, dumb, or unknown to terminfo).
  public init() throws {
    if isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 {
      throw StartError(description: "gcviz: error: play needs a terminal; for a screenshot use `gcviz render`")
    }
    let term = getenv("TERM").map { String(cString: $0) }
    if let refusal = TerminalType.refusal(term) { throw StartError(description: refusal) }
    unicode = Self.chooseLocale()
    SignalTrap.install()
    guard let screen = gcviz_newterm() else {
      SignalTrap.uninstall()
      throw StartError(description: TerminalType.failure(term ?? ""))
    }
    self.screen = screen
    CrashReport.prepare()
    cbreak()
    noecho()
    nonl()
    keypad(gcviz_stdscr(), true)
    intrflush(gcviz_stdscr(), false)
    set_escdelay(25)
    curs_set(0)
    hasColors = has_colors()
    if hasColors {
      start_color()
      use_default_colors()
      if gcviz_colors() >= 16 {
        grayColor = 8
        grayIsDim = false
      }
    }
  }

  /// ncursesw blanks every non-ASCII character under a non-UTF-8 locale:
  /// take the user's locale, and if it is not UTF-8 use C.UTF-8 for the
  /// character handling. Returns whether the user's own locale is UTF-8
  /// (if not, the terminal probably is not either: draw with ASCII).
  static func chooseLocale() -> Bool {
    setlocale(LC_ALL, "")
    if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset).uppercased().replacingDashes() == "UTF8" {
      return true
    }
    setlocale(LC_CTYPE, "C.UTF-8")
    return false
  }

  /// The terminal's size in cells.
  public var size: (width: Int, height: Int) {
    (Int(getmaxx(gcviz_stdscr())), Int(getmaxy(gcviz_stdscr())))
  }

  /// Draws `grid`, sending only the rows' changed spans (ncurses then sends
  /// only the cells that really differ). A grid of another size than the
  /// last one is drawn whole.
  public func draw(_ grid: Grid) {
    let window = gcviz_stdscr()
    if let last = previous, last.width == grid.width, last.height == grid.height {
      for y in 0..<grid.height {
        guard let span = changedSpan(grid, last, row: y) else { continue }
        drawSpan(grid, row: y, from: span.lowerBound, to: span.upperBound)
      }
    } else {
      werase(window)
      for y in 0..<grid.height { drawSpan(grid, row: y, from: 0, to: grid.width) }
    }
    previous = grid
    wrefresh(window)
  }

  /// Forget what is on the screen: the next draw repaints all of it.
  public func invalidate() {
    previous = nil
    clearok(gcviz_stdscr(), true)
  }

  /// The columns of row `y` that differ, widened to whole wide characters.
  private func changedSpan(_ grid: Grid, _ last: Grid, row y: Int) -> Range<Int>? {
    var first = -1
    var end = -1
    for x in 0..<grid.width where grid[x, y] != last[x, y] {
      if first < 0 { first = x }
      end = x + 1
    }
    guard first >= 0 else { return nil }
    // Start on the wide character a continuation cell belongs to; end
    // after the continuation of a wide character.
    while first > 0, grid[first, y].isContinuation || last[first, y].isContinuation { first -= 1 }
    while end < grid.width, grid[end, y].isContinuation || last[end, y].isContinuation { end += 1 }
    return first..<end
  }

  /// Draws cells `from..<to` of row `y`, one call per run of one style.
  private func drawSpan(_ grid: Grid, row y: Int, from: Int, to: Int) {
    let window = gcviz_stdscr()
    var x = from
    while x < to {
      let style = grid[x, y].style
      var text: [wchar_t] = []
      let start = x
      while x < to, grid[x, y].style == style {
        let cell = grid[x, y]
        if !cell.isContinuation {
          for scalar in cell.text.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
        }
        x += 1
      }
      text.append(0)
      apply(style)
      // The bottom-right cell returns ERR (the cursor cannot advance past
      // it) although it is drawn; nothing to handle.
      _ = mvwaddwstr(window, Int32(y), Int32(start), text)
    }
    wattrset(window, Int32(gcviz_a_normal()))
  }

  private func apply(_ style: Style) {
    var attributes = gcviz_a_normal()
    if style.bold { attributes |= gcviz_a_bold() }
    if style.dim || (grayIsDim && style.foreground == .gray) { attributes |= gcviz_a_dim() }
    if style.reverse { attributes |= gcviz_a_reverse() }
    if style.underline { attributes |= gcviz_a_underline() }
    let pair = hasColors ? pairNumber(style.foreground, style.background) : 0
    wattr_set(gcviz_stdscr(), attributes, pair, nil)
  }

  /// The colour pair for a foreground/background, made on first use
  /// (pair 0, the terminal's default, once the terminal has no more).
  private func pairNumber(_ foreground: Color, _ background: Color) -> Int16 {
    if foreground == .default && background == .default { return 0 }
    let key = Int(foreground.rawValue) << 8 | Int(background.rawValue)
    if let pair = pairs[key] { return pair }
    let next = Int16(pairs.count + 1)
    guard Int32(next) < gcviz_color_pairs() else { return 0 }
    init_pair(next, cursesColor(foreground), cursesColor(background))
    pairs[key] = next
    return next
  }

  private func cursesColor(_ color: Color) -> Int16 {
    switch color {
    case .default: return -1
    case .black: return Int16(COLOR_BLACK)
    case .red: return Int16(COLOR_RED)
    case .green: return Int16(COLOR_GREEN)
    case .yellow: return Int16(COLOR_YELLOW)
    case .blue: return Int16(COLOR_BLUE)
    case .magenta: return Int16(COLOR_MAGENTA)
    case .cyan: return Int16(COLOR_CYAN)
    case .white: return Int16(COLOR_WHITE)
    case .gray: return grayColor
    }
  }

  /// The next key, waiting at most `milliseconds` (nil: none came).
  public func readKey(waitingAtMost milliseconds: Int) -> Key? {
    let window = gcviz_stdscr()
    wtimeout(window, Int32(milliseconds))
    var code: wint_t = 0
    let result = wget_wch(window, &code)
    if result == ERR { return nil }
    if result == gcviz_key_code_yes() { return Self.functionKey(Int32(code)) }
    switch code {
    case 10, 13: return .enter
    case 9: return .tab
    case 27: return .escape
    case 8, 127: return .backspace
    default:
      guard let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
      return .character(Character(scalar))
    }
  }

  static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_RESIZE: return .resize
    default: return nil
    }
  }

  /// A quit signal (Ctrl-C, SIGTERM, ...) that arrived, if any.
  public func takeSignal() -> Int32? { SignalTrap.take() }

  /// Gives the terminal back as it was. Safe to call twice.
  public func stop() {
    guard !stopped else { return }
    stopped = true
    curs_set(1)
    endwin()
    if let screen { delscreen(screen) }
    screen = nil
    // endwin restores the modes ncurses saved; the ones saved before it
    // started are put back too, in case anything changed them since.
    if SignalTrap.hasSavedModes { _ = tcsetattr(STDIN_FILENO, TCSADRAIN, SignalTrap.savedModes) }
    SignalTrap.uninstall()
    // What went to stderr while the screen was up shows now, below it.
    CrashReport.release()
  }

  /// What a crash report says after `gcviz: internal error (signal N)`:
  /// what was going on and how to report it (make it inert: it is
  /// written as it is).
  public func describeCrash(_ text: String) { CrashReport.describe(text) }

  /// Hands the terminal to another program (a `gcviz play` the picker
  /// runs): shell modes, the alternate screen left. Ctrl-Z stops this
  /// process plainly meanwhile: ncurses' own handler would redraw over the
  /// other program when continued.
  public func suspend() {
    var plain = sigaction()
    plain.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&plain.sa_mask)
    sigaction(SIGTSTP, &plain, &suspendedStop)
    def_prog_mode()
    endwin()
  }

  /// Takes the terminal back after `suspend`: the next draw repaints it all.
  public func resume() {
    sigaction(SIGTSTP, &suspendedStop, nil)
    reset_prog_mode()
    invalidate()
  }

  /// How much gcviz (or a program it ran) has written to stderr since the
  /// screen started: a mark for `errorOutput(since:)`.
  public var errorOutputLength: Int { CrashReport.errorOutputLength }

  /// What was written to stderr after `mark` (kept off the screen, shown
  /// when it ends).
  public func errorOutput(since mark: Int) -> String { CrashReport.errorOutput(since: mark) }

  deinit { stop() }
}

extension String {
  fileprivate func replacingDashes() -> String { String(filter { $0 != "-" }) }
}
