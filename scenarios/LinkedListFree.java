//: title: LinkedListFree - one store of null frees a thousand nodes
//: profile: jvm-rc
//: about: The seed's Free: when a count reaches zero the toy JVM releases every reference held in the dead object's fields, which may bring other counts to zero in turn. A loop builds a linked list of 1000 nodes, each new node pointing at the previous head, so every node but the head is held only by the next field of the node made after it. The single store `head = null` takes the head's count to zero; freeing it releases its next, whose count drops to zero, and so on down the list: all 1000 nodes are freed by one instruction. Their counts reach zero newest first; and since Free releases a dead object's fields before it clears the object, the oldest node is cleared first and the head last (step through it with s). (A list of a million nodes frees the same way without deep recursion.)
class Node {
    Node next;
    int value;

    Node(int value, Node next) {
        this.value = value;
        this.next = next;  //> the previous head: still count 1, now held by this node's next instead of by head
    }
}

public class LinkedListFree {
    public static void main(String[] args) {
        Node head = null;
        for (int i = 0; i < 1000; i++) {
            head = new Node(i, head);  //> the new node is the head (count 1); the old head stays at 1 through next
        }
        System.out.println("built 1000 nodes, the head holds " + head.value);
        head = null;  //> the head's count 0: the Free cascade frees node 999, 998, ... down to node 0
        System.out.println("head = null: all 1000 nodes freed by one store");
    }
}
