//: title: SelfReference - a node that points at itself
//: profile: jvm-rc
//: about: The smallest cycle: one node whose field holds a reference to the node itself. `n.self = n` makes its count 2 (the local n and its own field). Setting n to null takes it back to 1, and nothing can ever take away the last reference, because only the node holds it: pure reference counting leaks it, and the report at the end lists it with count 1. The second node shows the way out the seed text recommends, breaking the cycle by hand: clearing m.self before dropping m lets its count reach zero.
class Node {
    Node self;
}

public class SelfReference {
    public static void main(String[] args) {
        Node n = new Node();  //> count 1: the local n
        n.self = n;  //> count 2: n and n.self
        n = null;  //> count 1: held only by its own field; unreachable, never freed
        System.out.println("n = null: the node still holds itself");
        Node m = new Node();
        m.self = m;  //> the same cycle again, count 2
        m.self = null;  //> break it by hand: count 1
        m = null;  //> count 0: freed
        System.out.println("m: cycle broken by hand, freed");
    }
}
