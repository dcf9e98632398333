//: title: StaticRoot - a static field keeps an object alive
//: profile: jvm-rc
//: about: A static field is a slot like any other, and it lives as long as the class: a node stored in a static is counted once for it (putstatic adds a reference and releases the one it overwrites) and survives every method that made it. Registry.keep(...) stores its argument in the static last; replacing it with another node frees the first one. The one left in the static outlives main: it is released only when the classes are unloaded after main returns (the static lets go, its count reaches 0), so the report at the end lists nothing.
class Node {
    int id;

    Node(int id) {
        this.id = id;
    }
}

class Registry {
    static Node last;

    static void keep(Node node) {
        last = node;  //> putstatic: node's count +1; the node it overwrites loses one
    }
}

public class StaticRoot {
    public static void main(String[] args) {
        Registry.keep(new Node(1));  //> node 1: count 1 once the call returns (held by Registry.last)
        System.out.println("kept node " + Registry.last.id);
        Registry.keep(new Node(2));  //> node 2 replaces node 1 in the static: node 1's count 0, freed
        System.out.println("kept node " + Registry.last.id + "; node 1 freed");
    }
}
