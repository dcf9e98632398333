import GCEngine
import GCVizScreen
import GCVizTimeline
import SnapshotTesting
import Testing

/// Whole screens as text. Review a diff here as you would a screenshot.
@Suite struct ScreenSnapshotTests {
  static func text(
    _ width: Int, _ height: Int, _ options: ScreenOptions = ScreenOptions(),
    state: RunState = Fixtures.f2MidCollection()
  ) -> String {
    TextWriter.write(Screen.render(state: state, context: Fixtures.context, size: (width, height), options: options))
  }

  @Test func f2MidCollection120x40() {
    assertSnapshot(of: Self.text(120, 40, ScreenOptions(playing: true, speed: 4)), as: .lines)
  }

  @Test func f2MidCollection80x24() {
    assertSnapshot(of: Self.text(80, 24), as: .lines)
  }

  @Test func f2MidCollection101x33() {
    assertSnapshot(of: Self.text(101, 33, ScreenOptions(showStack: true)), as: .lines)
  }

  @Test func hiddenObjectsShown() {
    assertSnapshot(of: Self.text(120, 40, ScreenOptions(showHidden: true)), as: .lines)
  }

  @Test func helpOverlay() {
    assertSnapshot(of: Self.text(120, 40, ScreenOptions(helpVisible: true)), as: .lines)
  }

  @Test func inspectorOnAnUnreachableObject() {
    assertSnapshot(of: Self.text(120, 40, ScreenOptions(inspecting: Fixtures.id(42))), as: .lines)
  }

  @Test func inspectorOnAnObjectHeldByAFrame() {
    assertSnapshot(of: Self.text(100, 30, ScreenOptions(inspecting: Fixtures.id(31))), as: .lines)
  }

  @Test func tooSmall() {
    assertSnapshot(of: Self.text(79, 24), as: .lines)
  }

  @Test func asciiWithoutColour() {
    assertSnapshot(of: Self.text(120, 40, ScreenOptions(ascii: true, color: false)), as: .lines)
  }

  @Test func oneLinePerObjectColumnsFollowTheirContent() {
    assertSnapshot(of: Self.text(120, 40, state: Fixtures.linesHeap()), as: .lines)
  }

  @Test func tenThousandObjectsFold() {
    assertSnapshot(of: Self.text(120, 40, state: Fixtures.bigHeap()), as: .lines)
  }

  @Test func tenThousandObjectsScrolled() {
    assertSnapshot(of: Self.text(120, 40, ScreenOptions(scroll: [.objects: 10]), state: Fixtures.bigHeap()), as: .lines)
  }

  @Test func emptyRunBeforeTheFirstLine() {
    let state = RunState()
    assertSnapshot(of: Self.text(80, 24, state: state), as: .lines)
  }
}
