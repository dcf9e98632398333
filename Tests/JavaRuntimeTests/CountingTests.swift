import GCEngine
import JavaRuntime
import Testing

/// What each instruction does to the counts: a count is the number of
/// slots (stack entries, locals, fields, elements, statics) holding the
/// object, and every instruction that moves a reference says so.
@Suite("Counting per instruction (jvm-rc)")
struct CountingTests {
  static let node = "class Node { Node other; }\n"

  @Test("new starts at 1, dup adds, the constructor call moves the receiver, astore stores and pops")
  func newDupAstore() throws {
    let (t, m) = try trace(
      Self.node + """
        public class Main {
            public static void main(String[] args) {
                Node a = new Node();
            }
        }
        """)
    #expect(t.events(of: "new class Node") == ["new #1"])
    #expect(t.events(of: "dup") == ["+#1 2 stack"])
    // The receiver moves from main's stack into <init>'s `this`: no change.
    #expect(t.events(of: "invokespecial Method Node.\"<init>\":()V") == [])
    #expect(t.events(of: "aload_0", in: "Node.<init>") == ["+#1 3 stack"])
    // Object.<init> takes its `this` and returns at once.
    #expect(t.events(of: "invokespecial Method java/lang/Object.\"<init>\":()V") == ["-#1 2 scopeExit"])
    #expect(t.events(of: "return", in: "Node.<init>") == ["-#1 1 scopeExit"])
    #expect(t.events(of: "astore_1") == ["+#1 2 bind", "-#1 1 stack"])
    // main's exit drops its locals: the node's last reference.
    #expect(t.events(of: "return", in: "Main.main") == ["-#1 0 scopeExit", "free #1"])
    #expect(m.finish().leaks.isEmpty)
  }

  @Test("the seed's Node A <-> B cycle: putfield adds, null stores take one each, both stay at 1")
  func nodeCycle() throws {
    let (t, m) = try trace(
      Self.node + """
        public class Main {
            public static void main(String[] args) {
                Node A = new Node();
                Node B = new Node();
                A.other = B;
                B.other = A;
                A = null;
                B = null;
            }
        }
        """)
    let putfield = "putfield Field Node.other:LNode;"
    // A.other = B: B stored (+1), popped (-1), the receiver A popped (-1).
    #expect(t.events(of: "aload_1") == ["+#1 2 stack"])
    #expect(t.events(of: "aload_2") == ["+#2 2 stack"])
    #expect(t.events(of: putfield) == ["+#2 3 container", "-#2 2 stack", "-#1 1 stack"])
    #expect(t.events(of: putfield, occurrence: 1) == ["+#1 3 container", "-#1 2 stack", "-#2 2 stack"])
    // aconst_null, then the store drops what the local held.
    #expect(t.events(of: "aconst_null") == [])
    #expect(t.events(of: "astore_1", occurrence: 1) == ["-#1 1 unbind"])
    #expect(t.events(of: "astore_2", occurrence: 1) == ["-#2 1 unbind"])
    #expect(t.events(of: "return", in: "Main.main") == [])
    let report = m.finish()
    #expect(report.leaks.map(\.line) == ["  Node #1 rc=1  other -> Node #2", "  Node #2 rc=1  other -> Node #1"])
  }

  @Test("an overwritten local loses its reference; at zero the object is freed")
  func overwrite() throws {
    let (t, _) = try trace(
      Self.node + """
        public class Main {
            public static void main(String[] args) {
                Node a = new Node();
                a = new Node();
            }
        }
        """)
    #expect(t.events(of: "astore_1", occurrence: 1) == ["+#2 2 bind", "-#2 1 stack", "-#1 0 unbind", "free #1"])
  }

  @Test("arguments move into the callee's locals; areturn moves the result out, then the frame's locals go")
  func invokeAndReturn() throws {
    let (t, m) = try trace(
      Self.node + """
        public class Main {
            static Node make() {
                Node made = new Node();
                return made;
            }

            static Node link(Node from, Node to) {
                from.other = to;
                return from;
            }

            public static void main(String[] args) {
                Node a = make();
                Node b = make();
                Node c = link(a, b);
                link(b, null);
                c = null;
                a = null;
            }
        }
        """)
    // make(): `made` is dropped when the frame exits; the result lives on main's stack.
    #expect(t.events(of: "areturn", in: "Main.make") == ["-#1 1 scopeExit"])
    #expect(t.events(of: "astore_1", in: "Main.main") == ["+#1 2 bind", "-#1 1 stack"])
    let link = "invokestatic Method Main.link:(LNode;LNode;)LNode;"
    #expect(t.events(of: link) == [])
    #expect(
      t.events(of: "putfield Field Node.other:LNode;", in: "Main.link")
        == ["+#2 4 container", "-#2 3 stack", "-#1 2 stack"])
    // The result moves to main's stack; the parameters from and to go.
    #expect(t.events(of: "areturn", in: "Main.link") == ["-#1 2 scopeExit", "-#2 2 scopeExit"])
    #expect(t.events(of: "astore_3") == ["+#1 3 bind", "-#1 2 stack"])
    // link(b, null)'s result is popped at once.
    #expect(t.events(of: "areturn", in: "Main.link", occurrence: 1) == ["-#2 3 scopeExit"])
    #expect(t.events(of: "pop") == ["-#2 2 stack"])
    // a = null frees a, whose field releases b.
    #expect(t.events(of: "astore_1", in: "Main.main", occurrence: 1) == ["-#1 0 unbind", "-#2 1 release", "free #1"])
    #expect(m.finish().leaks.isEmpty)
  }

  @Test("a frame's exit drops each local in slot order; freeing releases the fields in turn")
  func frameExit() throws {
    let (t, _) = try trace(
      Self.node + """
        public class Main {
            static void scope() {
                Node x = new Node();
                Node y = new Node();
                x.other = y;
            }

            public static void main(String[] args) {
                scope();
                System.out.println("back");
            }
        }
        """)
    #expect(
      t.events(of: "return", in: "Main.scope")
        == ["-#1 0 scopeExit", "-#2 1 release", "free #1", "-#2 0 scopeExit", "free #2"])
  }

  @Test("aastore stores and pops, overwriting an element releases it, a dying array releases its elements in order")
  func arrays() throws {
    let (t, m) = try trace(
      Self.node + """
        public class Main {
            public static void main(String[] args) {
                Node[] arr = new Node[2];
                Node n = new Node();
                arr[0] = n;
                arr[0] = null;
                arr[1] = n;
                arr[0] = new Node();
                n = null;
                Node back = arr[1];
                back = null;
                arr = null;
            }
        }
        """)
    #expect(t.events(of: "anewarray class Node") == ["new #1"])
    #expect(t.events(of: "aastore") == ["+#2 3 container", "-#2 2 stack", "-#1 1 stack"])
    #expect(t.events(of: "aastore", occurrence: 1) == ["-#2 1 container", "-#1 1 stack"])
    #expect(t.events(of: "aastore", occurrence: 2) == ["+#2 3 container", "-#2 2 stack", "-#1 1 stack"])
    // aaload: the element pushed (+1), then the array popped (-1).
    #expect(t.events(of: "aaload") == ["+#2 2 stack", "-#1 1 stack"])
    // The array's count reaches 0: element 0 (node 3), then element 1 (node 2).
    #expect(
      t.events(of: "astore_1", occurrence: 1)
        == ["-#1 0 unbind", "-#3 0 release", "free #3", "-#2 0 release", "free #2", "free #1"])
    #expect(m.finish().leaks.isEmpty)
  }

  @Test("a receiver only the stack holds dies when popped, after its field's value is taken")
  func stackOnlyReceiver() throws {
    let (t, m) = try trace(
      Self.node + """
        public class Main {
            static Node pair() {
                Node p = new Node();
                p.other = new Node();
                return p;
            }

            public static void main(String[] args) {
                Node kept = pair().other;
                new Node();
                System.out.println(kept.other == null);
            }
        }
        """)
    // getfield on the returned pair: the field's node pushed (+1), the pair popped and freed.
    #expect(
      t.events(of: "getfield Field Node.other:LNode;", in: "Main.main")
        == ["+#2 2 stack", "-#1 0 stack", "-#2 1 release", "free #1"])
    // `new Node();` as a statement: new, dup, <init>, then pop frees it.
    #expect(t.events(of: "pop") == ["-#3 0 stack", "free #3"])
    #expect(m.finish().leaks.isEmpty)
  }

  @Test("putstatic stores and drops what it overwrites; classes unload after main and release their statics")
  func statics() throws {
    let (t, m) = try trace(
      Self.node + """
        public class Main {
            static Node keep;

            public static void main(String[] args) {
                keep = new Node();
                keep = new Node();
                Node local = keep;
            }
        }
        """)
    let putstatic = "putstatic Field Main.keep:LNode;"
    #expect(t.events(of: putstatic) == ["+#1 2 bind", "-#1 1 stack"])
    #expect(t.events(of: putstatic, occurrence: 1) == ["+#2 2 bind", "-#2 1 stack", "-#1 0 unbind", "free #1"])
    #expect(t.events(of: "getstatic Field Main.keep:LNode;") == ["+#2 2 stack"])
    #expect(t.events(of: "return", in: "Main.main") == ["-#2 1 scopeExit"])
    #expect(m.heap.refcount(try #require(m.programObjects.first)) == 1)
    #expect(m.finish().leaks.isEmpty)
  }

  @Test("istore into a slot javac reuses drops the reference a finished scope left there")
  func slotReuse() throws {
    let (t, m) = try trace(
      Self.node + """
        public class Main {
            public static void main(String[] args) {
                {
                    Node inner = new Node();
                }
                int i = 5;
                System.out.println(i);
            }
        }
        """)
    #expect(t.events(of: "istore_1") == ["-#1 0 unbind", "free #1"])
    #expect(m.finish().leaks.isEmpty)
  }

  @Test("if_acmp, ifnull and arraylength pop what they test")
  func popsOfTests() throws {
    let (t, _) = try trace(
      Self.node + """
        public class Main {
            public static void main(String[] args) {
                Node a = new Node();
                Node[] arr = new Node[3];
                if (a != null && a != arr[0] && arr.length == 3) {
                    System.out.println("yes");
                }
            }
        }
        """)
    #expect(t.events(of: "ifnull 38") == ["-#1 1 stack"])
    // arr[0] is null: only `a` counts.
    #expect(t.events(of: "if_acmpeq 38") == ["-#1 1 stack"])
    #expect(t.events(of: "arraylength") == ["-#2 1 stack"])
  }

  @Test("dup_x1 and dup_x2 copy the stored value below the receiver")
  func dupX() throws {
    let (t, m) = try trace(
      Self.node + """
        public class Main {
            public static void main(String[] args) {
                Node a = new Node();
                Node[] arr = new Node[1];
                Node b = a.other = new Node();
                Node c = arr[0] = b;
            }
        }
        """)
    #expect(t.events(of: "dup_x1") == ["+#3 2 stack"])
    #expect(t.events(of: "dup_x2") == ["+#3 4 stack"])
    #expect(m.invariantProblems().isEmpty)
  }
}

@Suite("System.gc() and trial deletion (jvm-rc+cycles)")
struct SystemGCTests {
  static let cycle =
    CountingTests.node + """
      public class Main {
          public static void main(String[] args) {
              Node A = new Node();
              Node B = new Node();
              A.other = B;
              B.other = A;
              A = null;
              B = null;
              System.gc();
          }
      }
      """

  static let gc = "invokestatic Method java/lang/System.gc:()V"

  @Test("under jvm-rc System.gc() does nothing: the toy JVM has no collector")
  func pureRC() throws {
    let (t, m) = try trace(Self.cycle)
    #expect(t.events(of: Self.gc) == [])
    #expect(m.finish().leaks.count == 2)
  }

  @Test("decrements to non-zero buffer purple roots; System.gc() marks, scans and collects the cycle")
  func trialDeletion() throws {
    let (t, m) = try trace(Self.cycle, profile: .jvmRCCycles)
    // Every decrement that leaves a count above zero buffers the object:
    // the first is Object.<init> dropping its `this` (count 2 -> 1).
    #expect(
      t.events(of: "invokespecial Method java/lang/Object.\"<init>\":()V")
        == ["-#1 2 scopeExit", "purple #1", "buffer #1"])
    // Already purple and buffered: the stores' decrements add nothing.
    #expect(t.events(of: "astore_1") == ["+#1 2 bind", "-#1 1 stack"])
    let events = try #require(t.events(of: Self.gc))
    let phases = events.filter { ["mark_roots", "scan_roots", "collect_roots"].contains($0) }
    #expect(phases == ["mark_roots", "scan_roots", "collect_roots"])
    #expect(events.contains("white #1") && events.contains("white #2"))
    #expect(events.contains("free #1") && events.contains("free #2"))
    #expect(events.last == "collected 2")
    #expect(m.finish().leaks.isEmpty)
  }

  @Test("a cycle still held by a local survives System.gc() with its counts given back")
  func reachableCycleSurvives() throws {
    let (t, m) = try trace(
      CountingTests.node + """
        public class Main {
            public static void main(String[] args) {
                Node A = new Node();
                Node B = new Node();
                A.other = B;
                B.other = A;
                B = null;
                System.gc();
                System.out.println(A.other.other == A);
            }
        }
        """, profile: .jvmRCCycles)
    let events = try #require(t.events(of: Self.gc))
    #expect(!events.contains { $0.hasPrefix("free") })
    #expect(m.heap.liveCount == 3)  // the two nodes and the engine's gc.garbage list
    #expect(m.invariantProblems().isEmpty)
  }
}
