import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import TestSupport
import Testing

/// One table, `KeyBinding.table`, drives the keys of `gcviz play`, the
/// help overlay, the key bar and `gcviz help play`: a key that works and
/// is not documented, or is documented and does nothing, fails here.
@Suite("The key table")
struct KeyBindingTests {
  /// Every key a terminal can send that the screen could react to.
  static let allKeys: [Key] =
    (32...126).map { Key.character(Character(Unicode.Scalar($0))) } + [
      .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .tab, .backTab, .escape, .backspace,
    ]

  @Test("every command has a key, and no row's key is taken by an earlier row of its mode")
  func tableIsWhole() {
    let bound = Set(KeyBinding.table.flatMap(\.commands))
    for command in PlayCommand.allCases {
      #expect(bound.contains(command), "\(command) has no key")
    }
    for binding in KeyBinding.table {
      for (index, key) in binding.keys.enumerated() {
        let expected = binding.commands.count == 1 ? binding.commands[0] : binding.commands[index]
        #expect(
          KeyBinding.command(for: key, in: binding.mode, jvm: false) == expected,
          "\(KeyBinding.name(key)) in \(binding.mode)")
      }
    }
  }

  /// The help overlay's text at every scroll offset, at `size`.
  static func helpText(_ r: Recording, width: Int, height: Int) -> String {
    var seen = ""
    for offset in 0..<80 {
      var options = ScreenOptions(helpVisible: true)
      options.helpScroll = offset
      let grid = Screen.render(
        state: Screenshot.state(r, step: 0), context: Screenshot.context(for: r), size: (width, height),
        options: options)
      seen += TextWriter.write(grid) + "\n"
    }
    return seen
  }

  @Test(
    "the help overlay lists every key that works, with its wording, scrolled through at 80x24 too",
    arguments: ["f3-py3", "NodeCycleCollected"])
  func helpListsEveryKey(_ name: String) throws {
    let scenario = try ScenarioLibrary.load(name)
    let jvm = scenario.language == .java
    let r = try Recording.record(scenario, profile: Runner.profile(for: scenario, override: nil)).get()
    for (width, height) in [(120, 40), (80, 24)] {
      let text = Self.helpText(r, width: width, height: height)
      // The split screen's keys are not play's: `gcviz help play` lists them.
      for binding in KeyBinding.table where binding.mode != .compare {
        let row = binding.keyNames.padding(toLength: HelpColumn.width, withPad: " ", startingAt: 0)
        #expect(
          text.contains(row + binding.helpText(jvm: jvm)) == binding.applies(jvm: jvm),
          "\(name) \(width)x\(height): \(binding.keyNames)")
      }
    }
  }

  @Test("gcviz help play lists every key with what it does")
  func commandHelpListsEveryKey() throws {
    guard HostileInputTests.available() else { return }
    let result = try HostileInputTests.run(["help", "play"], in: "/tmp", environment: [:])
    #expect(result.exitCode == 0)
    for line in KeyBinding.summary.split(separator: "\n") {
      #expect(result.stdout.contains(line), "\(line)")
    }
    for binding in KeyBinding.table {
      #expect(result.stdout.contains(binding.help), "\(binding.keyNames)")
    }
  }

  @Test("the key bars name only keys of the table, each of its own mode")
  func keyBarIsFromTheTable() {
    for mode in [KeyMode.main, .compare] {
      let names = Set(KeyBinding.table.filter { $0.mode == mode }.flatMap { $0.keys.map(KeyBinding.name) })
      for binding in KeyBinding.table where binding.mode == mode {
        guard let bar = binding.bar else { continue }
        for key in bar.key.split(separator: "/") {
          #expect(names.contains(String(key)), "\(bar.key)")
        }
      }
    }
    #expect(KeyBinding.table.allSatisfy { $0.bar == nil || $0.mode == .main || $0.mode == .compare })
  }

  /// f3-py3 at step 12 (`c2=ClassA()` in f3, with a collection ahead and
  /// none behind), the Source panel focused and scrolled: every key of
  /// the main table has something to change from here, or from the
  /// Generations panel two Tabs on.
  static func prepared(quiz: Bool = false) throws -> PlaySession {
    var options = ScreenOptions()
    if quiz { options.quiz = Quiz() }
    let s = try PlaySessionTests.session("f3-py3", options: options)
    PlaySessionTests.press(s, [.character("g"), .character("1"), .character("2"), .enter])
    PlaySessionTests.press(s, [.tab, .down, .down, .down])
    #expect(s.options.focusedPanel == .source && s.options.scroll[.source] == 3)
    return s
  }

  struct Seen: Equatable {
    var position: Int
    var options: ScreenOptions
    var profile: String
    init(_ s: PlaySession) {
      position = s.position
      options = s.options
      profile = s.recording.profile.name
    }
  }

  @Test("a key the table does not have changes nothing, in every mode")
  func unboundKeysDoNothing() throws {
    let s = try Self.prepared(quiz: true)
    let setups: [(KeyMode, [Key])] = [
      (.textPanel, []), (.main, [.tab]), (.objects, [.tab, .tab]), (.inspector, [.escape, .enter]),
      (.help, [.escape, .character("?")]),
      (.prompt, [.escape, .character("g")]),
      // Step 14, `c1.t=c2`: → asks for c2's new count.
      (.quiz, [.escape, .character("g"), .character("1"), .character("4"), .enter, .right]),
    ]
    for (mode, setup) in setups {
      PlaySessionTests.press(s, setup)
      #expect(s.keyMode == mode)
      for key in Self.allKeys where KeyBinding.command(for: key, in: mode, jvm: false) == nil {
        // Typing is what a prompt or a question does with the keys it has no row for.
        if mode == .prompt || mode == .quiz, case .character = key { continue }
        let before = Seen(s)
        #expect(s.handle(key) == .keepGoing)
        #expect(Seen(s) == before, "\(KeyBinding.name(key)) in \(mode)")
      }
    }
  }

  @Test("every key of the table does something where it is documented")
  func boundKeysDoSomething() throws {
    let setups: [KeyMode: [Key]] = [
      // Generations focused and scrolled: the Source would pan with ← / →,
      // the Frames here fit their panel, so ↑ has nothing to show.
      .main: [.tab, .tab, .down, .down], .textPanel: [.right], .objects: [.escape, .tab, .tab, .tab, .tab, .right],
      .inspector: [.enter],
      .help: [.character("?"), .down], .prompt: [.character("g"), .character("1")],
      .quiz: [.escape, .character("g"), .character("1"), .character("4"), .enter, .right, .character("2")],
    ]
    // The split screen's keys are tried on a CompareSession (CompareTests).
    for binding in KeyBinding.table where binding.mode != .compare {
      for key in binding.keys {
        let s = try Self.prepared(quiz: binding.mode == .quiz)
        PlaySessionTests.press(s, setups[binding.mode]!)
        #expect(s.keyMode == binding.mode)
        let before = Seen(s)
        let outcome = s.handle(key)
        #expect(outcome == .quit || Seen(s) != before, "\(KeyBinding.name(key)) in \(binding.mode)")
      }
    }
  }
}

/// The help's key column, as the overlay draws it.
enum HelpColumn {
  static let width = (KeyBinding.table.map { $0.keyNames.count }.max() ?? 0) + 1
}
