import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import SnapshotTesting
import Testing

/// Whole screens of `--compare`: f2 under 2.7 and 3.11 in lockstep. The
/// seed's point in one picture: 2.7's gc.garbage grows where 3.11 frees.
/// `gcviz render f2 --compare cpython2.7,cpython3.11 --step N --size WxH`
/// prints the same text.
@Suite("Screens of a comparison")
struct CompareSnapshotTests {
  static func session() throws -> CompareSession {
    var scenario = try ScenarioLibrary.load("f2")
    scenario.path = "scenarios/f2.py"
    let recordings = try CompareSession.record(scenario, profiles: [.cpython27, .cpython311], workingDirectory: "/tmp")
      .get()
    return CompareSession(recordings)
  }

  static func screen(_ s: CompareSession, _ width: Int, _ height: Int) -> String {
    TextWriter.write(s.frame(width: width, height: height))
  }

  /// Step 650 of 2.7: round 24, after four gen-0 collections and a gen-2
  /// one; 3.11 at the same line and run.
  @Test func f2AfterSeveralCollections() throws {
    let s = try Self.session()
    s.moveLead(to: s.recordings[0].timeline.position(ofStep: 650))
    let text = Self.screen(s, 120, 40)
    #expect(text.contains("cpython2.7 · step 650/752 · gc 4/0/1 · gc.garbage 34"))
    #expect(text.contains("cpython3.11 · step 706/872 · gc 2/0/1 · gc.garbage 0"))
    assertSnapshot(of: text, as: .lines, named: "step650-120x40")
    assertSnapshot(of: Self.screen(s, 200, 50), as: .lines, named: "step650-200x50")
    assertSnapshot(of: Self.screen(s, 80, 24), as: .lines, named: "step650-80x24")
  }

  /// The first collection only one run makes, a few events in: one
  /// half collecting, the other at the same line saying it does not.
  @Test func f2OneSideCollects() throws {
    let s = try Self.session()
    func collecting() -> [Bool] {
      (0..<2).map { s.recordings[$0].timeline.state(at: s.positions[$0]).collection != nil }
    }
    // The first `c` stops in `gc.collect()`, which both make.
    _ = s.handle(.character("c"))
    #expect(collecting() == [true, true])
    while collecting().filter({ $0 }).count != 1 { _ = s.handle(.character("c")) }
    let side = collecting()[0] ? 0 : 1
    if side == 1 { _ = s.handle(.tab) }
    // Into the collection by events, as `s` would, on the collecting half.
    let t = s.recordings[side].timeline
    var position = s.positions[side]
    for _ in 0..<3 { position = t.nextEvent(after: position) }
    s.moveLead(to: position)
    #expect(collecting()[side] && !collecting()[1 - side])
    let text = Self.screen(s, 120, 40)
    #expect(text.contains("no collection in this line; \(s.recordings[side].profile.name) collects gen"))
    assertSnapshot(of: text, as: .lines, named: "first-collection-120x40")
  }

  /// The render command prints the session's screen.
  @Test func renderPrintsTheSameScreen() throws {
    let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(".build/debug/gcviz").path
    guard FileManager.default.isExecutableFile(atPath: binary) else { return }
    let s = try Self.session()
    s.moveLead(to: s.recordings[0].timeline.position(ofStep: 650))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["render", "scenarios/f2.py", "--compare", "cpython2.7,cpython3.11", "--step", "650"]
    process.currentDirectoryURL = URL(fileURLWithPath: binary).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    // Object addresses are the process's own: compare all but the Output lines' ids.
    func masked(_ text: String) -> String { text.replacing(/0x[0-9a-f]+/) { _ in "0x…" } }
    #expect(masked(String(decoding: data, as: UTF8.self)) == masked(Self.screen(s, 120, 40) + "\n"))
  }
}
