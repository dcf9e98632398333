import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTerminal
import ScenarioSource

/// The scenario picker bare `gcviz` opens on a terminal: arrows choose,
/// Enter plays (q there comes back here), p switches the profile. A
/// scenario plays in a child process (`ChildPlay`), so one that fails in
/// any way, a crash included, comes back here with a notice.
struct Picker {
  var entries: [ScenarioLibrary.Entry]
  var items: [PickerItem]
  var selected = 0
  /// nil: each scenario's own profile.
  var profileOverride: String?
  var notice: String?

  init() {
    entries = ScenarioLibrary.entries()
    items = entries.map { entry in
      switch entry.scenario {
      case .success(let s):
        return PickerItem(
          name: s.name, title: s.title ?? s.name, about: s.about ?? "", profile: s.profileName,
          profiles: s.language.profiles.map(\.name))
      case .failure(let error):
        return PickerItem(name: entry.name, title: "cannot be loaded: \(error.brief)", about: "\(error)", profile: nil)
      }
    }
  }

  /// Runs the picker until `q` or a signal (also one that ends a scenario
  /// it plays).
  static func run(on terminal: CursesTerminal) -> LiveScreen.End {
    let style = LiveScreen.Style(terminal: terminal, ascii: false, noColor: false)
    var picker = Picker()
    while true {
      if let signal = terminal.takeSignal() { return .signal(signal) }
      let size = terminal.size
      var options = ScreenOptions(ascii: style.ascii, color: style.color)
      options.notice = picker.notice
      terminal.draw(
        PickerScreen.render(
          items: picker.items, selected: picker.selected, profileOverride: picker.profileOverride,
          size: size, options: options))
      guard let key = terminal.readKey(waitingAtMost: 1000) else { continue }
      picker.notice = nil
      switch key {
      case .up, .character("k"): picker.selected = max(0, picker.selected - 1)
      case .down, .character("j"): picker.selected = min(picker.items.count - 1, picker.selected + 1)
      case .home: picker.selected = 0
      case .end: picker.selected = picker.items.count - 1
      case .character("p"):
        // Only the profiles of the selected scenario's language.
        if picker.items.indices.contains(picker.selected) {
          picker.profileOverride = picker.items[picker.selected].profile(after: picker.profileOverride)
        }
      case .enter:
        if case .signal(let s) = picker.play(on: terminal) { return .signal(s) }
      case .resize: terminal.invalidate()
      case .character("q"), .escape: return .quit
      default: break
      }
    }
  }

  /// Plays the selected scenario in a child `gcviz play`; how it ended, if
  /// not by `q`, becomes the notice.
  mutating func play(on terminal: CursesTerminal) -> LiveScreen.End {
    guard entries.indices.contains(selected) else { return .quit }
    let entry = entries[selected]
    let name = InertText.escaping(entry.name, keep: [])
    let scenario: Scenario
    switch entry.scenario {
    case .failure(let error):
      notice = "\(name) cannot be loaded: \(error.brief)"
      return .quit
    case .success(let s): scenario = s
    }
    var arguments = ["play"]
    if let profile = items[selected].runs(profileOverride) { arguments += ["--profile", profile] }
    arguments += ["--", scenario.path]
    let mark = terminal.errorOutputLength
    terminal.suspend()
    let (ending, received) = ChildPlay.run(arguments, terminal: terminal)
    terminal.resume()
    if let received { return .signal(received) }
    // Its first line, with the file's path shortened to its name.
    let said = terminal.errorOutput(since: mark).split(separator: "\n").first.map {
      $0.replacingOccurrences(of: scenario.path, with: URL(fileURLWithPath: scenario.path).lastPathComponent)
    }
    switch ending {
    case .exited(0): notice = nil
    case .exited(let code) where code > 128:
      notice = "\(name) was stopped by signal \(code - 128)"
    case .exited(let code):
      notice = "\(name) could not be played (exit \(code)): \(said ?? "no message")"
    case .notStarted(let code):
      notice = "\(name) could not be played: cannot start gcviz play (\(String(cString: strerror(code))))"
    case .killed(let signal):
      notice =
        "gcviz crashed playing \(name) (signal \(signal)): please report it with the scenario file "
        + "(README: Reporting a problem)"
    }
    return .quit
  }
}
