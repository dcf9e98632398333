//: title: NodeCycle - two nodes pointing at each other are never freed
//: profile: jvm-rc
//: about: The toy JVM of the second seed text frees an object when its reference count drops to zero, and nothing else ever frees anything. Node A and node B each start with count 1 (held by the locals A and B). A.other = B and B.other = A add one each: both counts are 2. Setting A and B to null takes one away from each, but the other node's field still holds one: both stay at 1 forever, although no code can reach them any more. This is the cycle that pure reference counting leaks; the report at the end lists both nodes. System.gc() does nothing here: the toy JVM has no collector (under --profile jvm-rc+cycles the same call frees both nodes by trial deletion).
class Node {
    public Node other;
}

public class NodeCycle {
    public static void main(String[] args) {
        Node A = new Node();  //> new: count 1, then astore_1 stores it in A
        Node B = new Node();
        A.other = B;  //> putfield: B's count 2 (B and A.other)
        B.other = A;  //> A's count 2: the cycle is closed
        System.out.println("A and B point at each other");
        // Set the outside references to null
        A = null;  //> A's count 2 -> 1: B.other still holds it
        B = null;  //> B's count 2 -> 1: nothing can reach A or B now, yet neither count is 0
        System.out.println("A = null; B = null: both nodes are unreachable");
        System.gc();  //> the toy JVM has no collector: nothing happens, both counts stay at 1
    }
}
