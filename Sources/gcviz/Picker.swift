import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTerminal

/// The scenario picker bare `gcviz` opens on a terminal: arrows choose,
/// Enter plays (q there comes back here), p switches the profile.
struct Picker {
  var items: [(scenario: Scenario, item: PickerItem)]
  var selected = 0
  /// nil: each scenario's own profile.
  var profileOverride: String?
  var notice: String?

  init() {
    items = ScenarioLibrary.all().map { s in
      (
        s,
        PickerItem(
          name: s.name, title: s.title ?? s.name, about: s.about ?? "", profile: s.profileName)
      )
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
          items: picker.items.map(\.item), selected: picker.selected, profileOverride: picker.profileOverride,
          size: size, options: options))
      guard let key = terminal.readKey(waitingAtMost: 1000) else { continue }
      picker.notice = nil
      switch key {
      case .up, .character("k"): picker.selected = max(0, picker.selected - 1)
      case .down, .character("j"): picker.selected = min(picker.items.count - 1, picker.selected + 1)
      case .home: picker.selected = 0
      case .end: picker.selected = picker.items.count - 1
      case .character("p"):
        let names = [nil] + Profile.all.map { Optional($0.name) }
        let index = names.firstIndex { $0 == picker.profileOverride } ?? 0
        picker.profileOverride = names[(index + 1) % names.count]
      case .enter:
        if case .signal(let s) = picker.play(on: terminal, style: style) { return .signal(s) }
        terminal.invalidate()
      case .resize: terminal.invalidate()
      case .character("q"), .escape: return .quit
      default: break
      }
    }
  }

  /// Plays the selected scenario; a compile error under the chosen
  /// profile becomes a notice in the picker.
  mutating func play(on terminal: CursesTerminal, style: LiveScreen.Style) -> LiveScreen.End {
    let scenario = Play.forPlaying(items[selected].scenario)
    let profile: Profile
    do {
      profile = try Runner.profile(for: scenario, override: profileOverride)
    } catch {
      notice = "\(error)"
      return .quit
    }
    if let diagnostic = Runner.check(scenario, profile: profile) {
      notice = "\(scenario.name) does not run under \(profile.name): \(diagnostic.message)"
      return .quit
    }
    let session = PlaySession(
      scenario, profile: profile, options: ScreenOptions(ascii: style.ascii, color: style.color))
    terminal.invalidate()
    return LiveScreen.play(session, on: terminal)
  }
}
