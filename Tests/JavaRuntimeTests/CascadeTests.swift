import GCEngine
import JavaFrontEnd
import JavaRuntime
import Testing

/// The seed's Free: a count reaching zero releases the dead object's
/// fields in turn. The heap does it on an explicit stack, so one store of
/// null frees a chain of a million nodes without growing the Swift stack.
@Suite("The Free cascade")
struct CascadeTests {
  @Test("one null store frees a 1,000,000-node chain, newest first")
  func millionNodes() throws {
    let m = try machine(
      """
      class Node {
          Node next;
          Node(Node next) { this.next = next; }
      }

      public class Main {
          public static void main(String[] args) {
              Node head = null;
              for (int i = 0; i < 1000000; i++) {
                  head = new Node(head);
              }
              System.out.println("built");
              head = null;
              System.out.println("freed");
          }
      }
      """)
    // Run up to line 13, `head = null;`. (Only head may hold the head
    // node: a local declared in the loop would keep the last one alive.)
    try m.run(untilLine: 13)
    #expect(m.heap.liveCount == 1_000_001)  // the chain and the engine's gc.garbage list
    #expect(m.currentInstruction?.opcode == .aconst_null)
    try m.step()
    #expect(m.currentInstruction?.opcode == .astore_1)
    let freedBefore = m.heap.freedCount
    try m.step()
    #expect(m.heap.freedCount - freedBefore == 1_000_000)
    #expect(m.heap.liveCount == 1)
    try m.run()
    #expect(m.finish().leaks.isEmpty)
  }
}
