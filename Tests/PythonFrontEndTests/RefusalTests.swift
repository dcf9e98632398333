import GCEngine
import GCVizKit
import PythonFrontEnd
import Testing

/// What the simulator does not model is refused at its position (exit 2),
/// never answered with an exception CPython would not raise.
@Suite("Refusals")
struct RefusalTests {
  func run(_ source: String, _ profile: Profile) -> RunResult {
    Runner.capture(Scenario(name: "t", path: "t.py", source: source), profile: profile)
  }

  @Test(
    "a method the builtin type has but the simulator lacks is refused; one it lacks is an AttributeError",
    arguments: Profile.cpythonProfiles)
  func builtinMethods(_ profile: Profile) {
    for (source, what) in [
      ("x = 'abc'.count('b')\n", "str.count"), ("x = (1, 2).index(1)\n", "tuple.index"),
      ("x = [2, 1]\nx.sort()\n", "list.sort"), ("x = {}.copy()\n", "dict.copy"),
    ] {
      let result = run(source, profile)
      #expect(result.exitCode == 2, "\(source)")
      #expect(result.stderr.contains("error: \(what) is not supported by the simulator"), "\(result.stderr)")
    }
    let missing = run("x = 'abc'.bogus\n", profile)
    #expect(missing.exitCode == 1)
    #expect(missing.stderr.hasSuffix("AttributeError: 'str' object has no attribute 'bogus'\n"))
  }

  @Test("a version's own methods: list.clear is 3.x, dict.iteritems 2.7")
  func versionMethods() {
    #expect(run("[].clear()\n", .cpython311).stderr.contains("list.clear is not supported"))
    #expect(
      run("[].clear()\n", .cpython27).stderr.hasSuffix("AttributeError: 'list' object has no attribute 'clear'\n"))
    #expect(run("{}.iteritems()\n", .cpython27).stderr.contains("dict.iteritems is not supported"))
    #expect(run("{}.iteritems()\n", .cpython311).exitCode == 1)
  }
}
