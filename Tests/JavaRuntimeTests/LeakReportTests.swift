import GCEngine
import GCVizKit
import Testing

/// What `gcviz run` prints on stderr after each scenario: the leak report,
/// under the scenario's profile and under the other one.
@Suite("Leak reports of the scenarios")
struct LeakReportTests {
  static let cycle = """
      Node #1 rc=1  other -> Node #2
      Node #2 rc=1  other -> Node #1
    gcviz: 2 objects leaked

    """
  static let none = "gcviz: no objects leaked\n"
  static let selfCycle = "  Node #1 rc=1  self -> Node #1\ngcviz: 1 object leaked\n"

  /// Scenario -> (stderr under jvm-rc, under jvm-rc+cycles).
  static let expected: [String: (String, String)] = [
    "LinkedListFree": (none, none),
    "NodeArray": (none, none),
    "NodeCycle": (cycle, none),
    "NodeCycleCollected": (cycle, none),
    "PassAndReturn": (none, none),
    // No System.gc(): the buffered self-cycle waits for a collection that never comes.
    "SelfReference": (selfCycle, selfCycle),
    "StaticRoot": (none, none),
  ]

  @Test("every Java scenario has its expected reports")
  func everyScenarioListed() {
    #expect(Set(JavaFiles.scenarios.map(\.className)) == Set(Self.expected.keys))
  }

  @Test("exact stderr and exit 0 under both profiles", arguments: JavaFiles.scenarios)
  func report(_ file: JavaFile) throws {
    let (pure, cycles) = try #require(Self.expected[file.className])
    let scenario = try ScenarioLibrary.load(file.className)
    #expect(scenario.language == .java)
    for (profile, stderr) in [(Profile.jvmRC, pure), (.jvmRCCycles, cycles)] {
      let result = Runner.capture(scenario, profile: profile)
      #expect(result.exitCode == 0, "\(profile.name)")
      #expect(result.stderr == stderr, "\(file.className) under \(profile.name)")
      #expect(!result.stdout.isEmpty)
    }
  }

  @Test("one object, several references: fields and array elements in slot order")
  func referencesListed() throws {
    let m = try machine(
      """
      class Node {
          Node left;
          int value;
          Node right;
          Node[] kids;
      }

      public class Main {
          public static void main(String[] args) {
              Node a = new Node();
              Node b = new Node();
              a.left = b;
              a.right = a;
              a.kids = new Node[3];
              a.kids[0] = b;
              a.kids[2] = a;
          }
      }
      """)
    try m.run()
    #expect(
      m.finish().text == """
          Node #1 rc=2  left -> Node #2  right -> Node #1  kids -> Node[] #3
          Node #2 rc=2
          Node[] #3 rc=1  [0] -> Node #2  [2] -> Node #1
        gcviz: 3 objects leaked

        """)
  }

  @Test("nested classes are named as in source")
  func nestedClassNames() throws {
    let m = try machine(
      """
      public class Main {
          static class Inner {
              Inner self;
          }

          public static void main(String[] args) {
              Inner i = new Inner();
              i.self = i;
              Inner[] all = new Inner[1];
              all[0] = i;
              all = null;
          }
      }
      """)
    try m.run()
    #expect(m.finish().text == "  Main.Inner #1 rc=1  self -> Main.Inner #1\ngcviz: 1 object leaked\n")
  }
}
