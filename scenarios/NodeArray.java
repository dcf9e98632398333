//: title: NodeArray - an array of nodes holds one reference per element
//: profile: jvm-rc
//: about: An array of references is an object like any other: anewarray creates it with count 1, and every element that is not null is one more slot holding a node (aastore adds a reference, and overwriting an element with aastore releases the old one). Freeing the array releases its elements in order, so one `nodes = null` can free several nodes, while a node that a local variable still holds survives. Here node 3 points at node 0, and node 1 is also held by the local kept: when the array dies, node 0 drops to 1 (node 3 still holds it), node 3 drops to 0 and is freed, which frees node 0 in turn; node 1 stays until main returns.
class Node {
    Node next;
}

public class NodeArray {
    public static void main(String[] args) {
        Node[] nodes = new Node[4];  //> anewarray: the array's count 1 (local nodes); four null elements
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = new Node();  //> aastore: the new node's count 1, held by its element
        }
        nodes[3].next = nodes[0];  //> node 0: count 2 (element 0, node 3's next)
        Node kept = nodes[1];  //> node 1: count 2 (element 1, local kept)
        nodes[2] = null;  //> aastore of null over node 2: count 0, freed
        System.out.println("four nodes in the array, node 2 already freed");
        nodes = null;  //> the array's count 0: freeing it releases node 0 (to 1), node 1 (to 1), node 3 (to 0, freed, which frees node 0)
        System.out.println("array gone; node 1 survives in kept");
    }
}
