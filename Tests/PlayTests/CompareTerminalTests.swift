import Foundation
import Testing

/// `gcviz play --compare` in tmux: what the split screen shows equals
/// `gcviz render --compare` at the same step, and q leaves with exit 0.
@Suite("The compare screen in tmux", .serialized)
struct CompareTerminalTests {
  static let compare = ["f2", "--compare", "cpython2.7,cpython3.11", "--size", "120x40"]

  @Test("play --compare moves both halves in lockstep, as render --compare shows them")
  func playEqualsRender() throws {
    guard TerminalTests.available() else { return }
    let tmux = try TerminalTests.Tmux()
    try tmux.start(
      "\(TerminalTests.gcviz) play f2 --compare cpython2.7,cpython3.11", width: 120, height: 40)
    try tmux.expectRender(Self.compare + ["--step", "0"])
    for _ in 0..<3 { try tmux.keys("Right") }
    try tmux.expectRender(Self.compare + ["--step", "3"])
    try tmux.keys("Left")
    try tmux.expectRender(Self.compare + ["--step", "2"])
    try tmux.keys("End")
    let end = try tmux.expectRender(Self.compare + ["--end"])
    #expect(end.contains("cpython2.7 · step 752/752 · gc 6/0/3 · gc.garbage 60"))
    #expect(end.contains("f2 · cpython2.7 vs cpython3.11 · stdout: tty · ■ both ended"))
    #expect(end.contains("cpython3.11 · step 872/872 · gc 3/0/4 · gc.garbage 0"))
    try tmux.keys("Home")
    try tmux.expectRender(Self.compare + ["--step", "0"])
    try tmux.keys("q")
    #expect(tmux.waitForFile("exit")?.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
  }
}

extension TerminalTests.Tmux {
  /// `expectRender` with the arguments as an array.
  @discardableResult
  func expectRender(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let expected = TerminalTests.trimmed(try TerminalTests.render(arguments))
    let shown = TerminalTests.trimmed(try waitForScreen { TerminalTests.trimmed($0) == expected })
    #expect(shown == expected, sourceLocation: sourceLocation)
    return shown
  }
}
