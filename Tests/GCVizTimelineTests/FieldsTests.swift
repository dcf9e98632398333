import GCEngine
import GCVizKit
import GCVizTimeline
import Testing

/// What a box shows inside: an object's first slots in its own order, with
/// immediates as text; and what the interpreter keeps for itself, hidden
/// and held by its owner.
@Suite("Slots and machinery as recorded")
struct FieldsTests {
  /// The state before the last line (module teardown frees everything).
  static func beforeEnd(_ r: Recording) -> RunState {
    r.timeline.state(at: r.timeline.position(ofStep: r.timeline.lineCount - 1))
  }

  @Test("a list, a dict and an instance keep their slots in order, ints and strs as text")
  func pythonFields() throws {
    for profile in ["cpython2.7", "cpython3.11"] {
      let (r, _) = try recorded(
        source: """
          class Node(object):
              pass
          n = Node()
          n.name = 'bob'
          n.size = 3
          items = [12, n, 'x']
          d = {'k': 1, 'n': n}
          done = True
          """, profile: profile)
      let state = Self.beforeEnd(r)
      let list = try #require(state.objects.values.first { $0.kind == .list && $0.fieldCount == 3 })
      let node = try #require(state.objects.values.first { $0.typeName == "Node" })
      #expect(list.fields.map(\.name) == ["[0]", "[1]", "[2]"], "\(profile)")
      #expect(list.fields.map(\.value) == [.text("12"), .object(node.id), .text("'x'")], "\(profile)")
      #expect(node.fields.map(\.name) == ["name", "size"], "\(profile)")
      #expect(node.fields.map(\.value) == [.text("'bob'"), .text("3")], "\(profile)")
      let dict = try #require(state.objects.values.first { $0.kind == .dict && !$0.isHidden && $0.fieldCount == 2 })
      #expect(dict.fields.map(\.name) == ["'k'", "'n'"], "\(profile)")
    }
  }

  @Test("a big container records its count and only its first slots")
  func bigContainer() throws {
    let (r, _) = try recorded(source: "items = list(range(100))\ndone = True\n")
    let list = try #require(Self.beforeEnd(r).objects.values.first { $0.kind == .list && $0.fieldCount == 100 })
    #expect(list.fields.count == ObjectState.fieldLimit)
    #expect(list.fields.last?.value == .text("15"))
  }

  @Test("a class's own tuples are hidden, held by the class as (internal); its namespace is its slots")
  func classMachinery() throws {
    for profile in ["cpython2.7", "cpython3.11"] {
      let (r, _) = try recorded(
        source: """
          class A(object):
              count = 0
              def __init__(self):
                  pass
          a = A()
          done = True
          """, profile: profile)
      let state = Self.beforeEnd(r)
      let cls = try #require(state.objects.values.first { $0.kind == .classObject && $0.name == "A" })
      let helpers = cls.references.filter { $0.label == EdgeLabel.helper }
      #expect(!helpers.isEmpty, "\(profile)")
      #expect(helpers.allSatisfy { state.objects[$0.target]?.isHidden == true }, "\(profile)")
      // No tuple the scenario did not make is left to be drawn.
      #expect(!state.objects.values.contains { $0.kind == .tuple && !$0.isHidden }, "\(profile)")
      #expect(cls.fields.map(\.name).contains("count"), "\(profile)")
      #expect(cls.fields.map(\.name).contains("__init__"), "\(profile)")
      #expect(!cls.fields.map(\.name).contains("__module__"), "\(profile)")
    }
  }

  @Test("a Java object's fields: int n = 3, boolean on = true, a reference by its name")
  func javaFields() throws {
    let scenario = Scenario(
      name: "Counter", path: "Counter.java",
      source: """
        class Cell {
            int n;
            boolean on;
            Cell next;
        }
        public class Counter {
            public static void main(String[] args) {
                Cell c = new Cell();
                c.n = 3;
                c.on = true;
                c.next = c;
                System.out.println("done");
            }
        }
        """)
    let r = try Recording.record(scenario, profile: .jvmRC).get()
    let cell = try #require(r.timeline.latest.objects.values.first { $0.typeName == "Cell" })
    #expect(cell.fields.map(\.name) == ["int n", "boolean on", "next"])
    #expect(cell.fields.map(\.value) == [.text("3"), .text("true"), .object(cell.id)])
  }
}
