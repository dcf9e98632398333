import GCVizScreen
import Testing

/// The picker's `p`: only the profiles of the chosen scenario's language.
@Suite("The picker's profiles")
struct PickerProfileTests {
  static let python = PickerItem(
    name: "f2", title: "f2", about: "", profile: "cpython2.7", profiles: ["cpython2.7", "cpython3.11"])
  static let java = PickerItem(
    name: "NodeCycle", title: "NodeCycle", about: "", profile: "jvm-rc", profiles: ["jvm-rc", "jvm-rc+cycles"])

  @Test("p cycles through the scenario's language's profiles and back to its own")
  func cycle() {
    var seen: [String?] = []
    var current: String?
    for _ in 0..<3 {
      current = Self.python.profile(after: current)
      seen.append(current)
    }
    #expect(seen == ["cpython2.7", "cpython3.11", nil])
    // An override chosen on a Java scenario starts the Python cycle again.
    #expect(Self.python.profile(after: "jvm-rc+cycles") == "cpython2.7")
    #expect(Self.java.profile(after: "cpython3.11") == "jvm-rc")
  }

  @Test("an override of another language is not offered for, nor shown on, a scenario")
  func overrideOfAnotherLanguage() {
    #expect(Self.python.runs("jvm-rc") == nil)
    #expect(Self.python.runs("cpython3.11") == "cpython3.11")
    let grid = PickerScreen.render(
      items: [Self.python, Self.java], selected: 0, profileOverride: "jvm-rc", size: (100, 30),
      options: ScreenOptions())
    let text = TextWriter.write(grid)
    #expect(text.contains("profile: cpython2.7"))
    #expect(!text.contains("jvm-rc (p: switched)"))
    #expect(text.contains("p profile: the scenario's"))
    let java = TextWriter.write(
      PickerScreen.render(
        items: [Self.python, Self.java], selected: 1, profileOverride: "jvm-rc+cycles", size: (100, 30),
        options: ScreenOptions()))
    #expect(java.contains("profile: jvm-rc+cycles (p: switched)"))
    #expect(java.contains("p profile: jvm-rc+cycles"))
  }
}
