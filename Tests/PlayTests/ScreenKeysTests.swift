import GCVizKit
import GCVizScreen
import Testing

/// Issue 16's screen keys: scrolling as in `less`, long lines panned, and
/// a help that says what each state's box reads.
@Suite struct ScreenKeysTests {
  static func lines(_ s: PlaySession, width: Int = 120, height: Int = 40) -> [String] {
    TextWriter.write(s.frame(width: width, height: height)).split(separator: "\n").map(String.init)
  }

  /// The Output panel's rows at 120x40: the left column below the Frames.
  static func output(_ s: PlaySession) -> [String] {
    let rows = lines(s)
    guard let top = rows.firstIndex(where: { $0.hasPrefix("┌─ Output") }) else { return [] }
    return rows[(top + 1)...].prefix { !$0.hasPrefix("└") }.map { String($0.prefix(45)) }
  }

  @Test("Output scrolls as less does: ↑ shows older lines, ↓ newer, down to the newest")
  func outputScrollsLikeLess() throws {
    let s = try PlaySessionTests.session("f1")
    PlaySessionTests.press(s, [.end])
    while s.options.focusedPanel != .output { PlaySessionTests.press(s, [.tab]) }
    let newest = Self.output(s)
    #expect(newest.last?.contains("exited with code 0") == true, "\(newest)")
    // Already at the newest: ↓ has nothing further down to show.
    PlaySessionTests.press(s, [.down])
    #expect(Self.output(s) == newest)
    PlaySessionTests.press(s, [.up, .up])
    let older = Self.output(s)
    #expect(older != newest)
    #expect(!older.contains { $0.contains("exited with code 0") })
    // Two lines up: the newest two are below the panel.
    #expect(Array(older.dropFirst(2)) == Array(newest.dropLast(2)), "\(older)")
    PlaySessionTests.press(s, [.down, .down])
    #expect(Self.output(s) == newest)
    // Past the oldest line ↑ does nothing, so one ↓ moves at once.
    PlaySessionTests.press(s, Array(repeating: .up, count: 40))
    let oldest = Self.output(s)
    PlaySessionTests.press(s, [.down])
    #expect(Self.output(s) != oldest)
    #expect(Array(Self.output(s).dropLast()) == Array(oldest.dropFirst()))
  }

  @Test("Frames scroll as less does: ↑ shows the outer frames, ↓ the inner ones")
  func framesScrollLikeLess() throws {
    let s = try PlaySessionTests.session("f1")
    // __init__'s print: three frames, with their stacks (e) more lines
    // than the panel holds at 80x24.
    PlaySessionTests.press(s, [.character("g"), .character("1"), .character("0"), .enter, .character("e")])
    while s.options.focusedPanel != .frames { PlaySessionTests.press(s, [.tab]) }
    func frames() -> [String] {
      let rows = Self.lines(s, width: 80, height: 24)
      guard let top = rows.firstIndex(where: { $0.hasPrefix("┌─ Frames") }) else { return [] }
      return rows[(top + 1)...].prefix { !$0.hasPrefix("└") }.map { String($0.prefix(34)) }
    }
    let inner = frames()
    #expect(!inner.contains { $0.contains("<module>") }, "\(inner)")
    PlaySessionTests.press(s, [.up, .up, .up])
    #expect(frames().first?.contains("<module>") == true, "\(frames())")
    PlaySessionTests.press(s, [.down, .down, .down])
    #expect(frames() == inner)
  }

  @Test("with the Source panel focused, → and ← pan its long lines; … marks where text goes on")
  func sourcePans() throws {
    let s = try PlaySessionTests.session("f3")
    PlaySessionTests.press(s, [.tab])
    #expect(s.options.focusedPanel == .source && s.keyMode == .textPanel)
    let row = { Self.lines(s, width: 80, height: 24).first { $0.contains(" 11 ") }.map { String($0.prefix(34)) } }
    #expect(row()?.hasSuffix("… │") == true, "\(row() ?? "")")
    let position = s.position
    PlaySessionTests.press(s, [.right, .right, .right, .right])
    // Panned, not stepped.
    #expect(s.position == position && s.options.pan[.source] == 4 * PlaySession.panStep)
    #expect(row()?.contains(" 11 …%str(hex(id(self))))") == true, "\(row() ?? "")")
    PlaySessionTests.press(s, [.left, .left, .left, .left])
    #expect(s.options.pan[.source] == 0)
    #expect(row()?.contains("print('object bor") == true)
  }

  @Test("the help names each state by the word its box shows, so red is never the only difference")
  func helpNamesStatesInWords() throws {
    let r = try Recording.record(
      try ScenarioLibrary.load("f3"), profile: Runner.profile(for: try ScenarioLibrary.load("f3"), override: nil)
    ).get()
    // Scrolled through at 80x24, the legend shows whole.
    let text = KeyBindingTests.helpText(r, width: 80, height: 24)
    let words = ["candidate", "reachable", "unreachable", "finalized", "cleared", "uncollectable", "garbage"]
    var colours: [String: [String]] = [:]
    for word in words {
      let row = try #require(
        text.split(separator: "\n").first {
          $0.contains("│ " + word.padding(toLength: 14, withPad: " ", startingAt: 0))
        },
        "no legend row for \(word)")
      let colour = try #require(row.firstRange(of: "(").map { row[$0.lowerBound...].prefix { $0 != ")" } })
      colours[String(colour), default: []].append(word)
    }
    // Red alone is one state; bold red is gc.garbage's, in either word.
    #expect(colours["(red"] == ["unreachable"])
    #expect(colours["(bold red"] == ["uncollectable", "garbage"])
  }
}
