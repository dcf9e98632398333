// A cycle through an array: a node holds an array that holds the node.
// Breaking it by clearing the element lets both go; the other one leaks.
public class ArrayCycle {
    ArrayCycle[] children;

    static ArrayCycle make() {
        ArrayCycle node = new ArrayCycle();
        node.children = new ArrayCycle[2];
        node.children[0] = node;
        node.children[1] = new ArrayCycle();
        return node;
    }

    public static void main(String[] args) {
        ArrayCycle broken = make();
        ArrayCycle leaked = make();
        broken.children[0] = null;
        broken = null;
        leaked = null;
        System.out.println("one cycle broken, one left");
    }
}
