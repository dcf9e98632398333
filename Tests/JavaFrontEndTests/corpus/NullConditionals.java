// Conditionals with null in an arm (JLS 15.25): with a String the type is
// String (println(String), a String argument of a concatenation); with a
// Node it is Node; null in both arms has the null type, which javac's
// concatenation writes as the text "null" without evaluating the
// conditional (f() is not called), and which Lower compares with null as
// a known result. Assigned to a variable, the arms are checked against
// its type.
public class NullConditionals {
    static boolean called;
    static int runs;

    static boolean f() {
        called = true;
        return true;
    }

    static Node pick(boolean t, Node n) {
        return t ? null : n;
    }

    public static void main(String[] args) {
        boolean t = runs == 0;
        System.out.println(t ? null : "x");
        System.out.println(t ? "x" : null);
        System.out.println(!t ? null : "y");
        System.out.println("a" + (t ? null : "x") + (t ? "r" : null));
        System.out.println("b" + (f() ? null : null));
        System.out.println(called);
        System.out.println((f() ? null : null) == null);
        Node n = t ? null : null;
        Node m = t ? null : new Node();
        Node k = t ? new Node() : m;
        Node[] a = t ? null : new Node[1];
        n = (t ? (m == null ? k : null) : m);
        System.out.println(n == k);
        System.out.println(pick(t, k) == null);
        System.out.println(a == null);
        System.out.println(true ? null : "z");
    }
}

class Node {
}
