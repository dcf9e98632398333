//: title: PassAndReturn - references passed into a method and returned out of it
//: profile: jvm-rc
//: about: The toy JVM counts a reference for every slot that holds it, and a method call moves references between frames: each object argument is one more reference while the callee runs (its parameter slot), and an object the callee returns is one more reference on the caller's operand stack (areturn). When the callee returns, its parameters are released again. make() creates a node inside the callee and hands it out: it survives because the caller stores the returned reference. link(a, b) stores b in a.other and returns a, so after `Node c = link(a, b)` node a is held by a and c (count 2) and node b by b and a.other (count 2). The discarded result of a call is popped, which releases it at once.
class Node {
    Node other;
}

public class PassAndReturn {
    static Node make() {
        Node made = new Node();  //> count 1: the local made
        return made;  //> areturn: the caller's stack gets a reference before made's frame goes away
    }

    static Node link(Node from, Node to) {
        from.other = to;  //> to's count +1: the field from.other now holds it too
        return from;  //> from's count +1 on the caller's stack; the parameters are released when the frame exits
    }

    public static void main(String[] args) {
        Node a = make();  //> a: count 1 (local a)
        Node b = make();  //> b: count 1 (local b)
        Node c = link(a, b);  //> a: count 2 (a, c); b: count 2 (b, a.other)
        System.out.println("linked: c is a, a.other is b");
        c = null;  //> a: count 1
        link(b, null);  //> the returned b is popped at once: its count goes up and straight down again
        a = null;  //> a: count 0, freed; releasing a.other takes b to count 1
        System.out.println("a freed, b still held by local b");
    }
}
