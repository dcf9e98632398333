import CNcursesw
import Foundation
import ScenarioSource

/// Why the live screen cannot start on `TERM`, said so that the user can
/// fix it: unset, dumb, unknown to terminfo (the usual case: a name from
/// another machine), too limited, or no terminfo database at all.
enum TerminalType {
  static let suggestion = "TERM=xterm-256color"
  static let alternatives = "or use `gcviz render` or `gcviz run`"

  /// Before trying the terminal: a TERM that cannot work whatever terminfo holds.
  static func refusal(_ term: String?) -> String? {
    guard let term, !term.isEmpty else {
      return
        "gcviz: error: TERM is not set, so the live screen cannot drive this terminal; set it (\(suggestion)) \(alternatives)"
    }
    if term == "dumb" {
      return
        "gcviz: error: this terminal (TERM=dumb) cannot move the cursor, so it cannot show the live screen; use `gcviz render` or `gcviz run`"
    }
    return nil
  }

  /// After ncurses refused `term`: why, from setupterm and the database.
  static func failure(_ term: String) -> String {
    let name = "'\(InertText.escaping(term, keep: []))'"
    switch gcviz_terminal_problem(term) {
    case -1:
      return
        "gcviz: error: no terminfo database was found to look up the terminal type \(name) (TERM); install ncurses-base or set TERMINFO, \(alternatives)"
    case 1:
      return
        "gcviz: error: the terminal type \(name) (TERM) is a hardcopy terminal: it cannot show the live screen; \(alternatives)"
    case 0 where hasEntry(term):
      return
        "gcviz: error: the terminal type \(name) (TERM) is too generic for the live screen (terminfo has no cursor movement for it); try \(suggestion), \(alternatives)"
    case 0:
      return
        "gcviz: error: the terminal type \(name) (TERM) is unknown to terminfo; try \(suggestion), \(alternatives)"
    default:
      return
        "gcviz: error: cannot start the live screen on the terminal type \(name) (TERM); try \(suggestion), \(alternatives)"
    }
  }

  /// Whether a compiled terminfo entry named `term` exists where ncurses
  /// looks (`$TERMINFO`, `~/.terminfo`, `$TERMINFO_DIRS`, the system
  /// folders), under its first letter or that letter's hex code.
  static func hasEntry(_ term: String) -> Bool {
    guard let first = term.utf8.first, !term.contains("/") else { return false }
    let environment = ProcessInfo.processInfo.environment
    var folders = [environment["TERMINFO"], environment["HOME"].map { $0 + "/.terminfo" }].compactMap { $0 }
    folders += (environment["TERMINFO_DIRS"] ?? "").split(separator: ":").map(String.init)
    folders += ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]
    let subfolders = [String(UnicodeScalar(first)), String(first, radix: 16)]
    return folders.contains { folder in
      subfolders.contains { FileManager.default.fileExists(atPath: "\(folder)/\($0)/\(term)") }
    }
  }
}
