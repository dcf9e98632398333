//: title: NodeCycleCollected - the A <-> B cycle freed by a cycle collector at System.gc()
//: profile: jvm-rc+cycles
//: about: The same two nodes as NodeCycle, under a profile that adds synchronous cycle collection (trial deletion, Bacon and Rajan 2001, as PHP does it) to reference counting. When a store of null takes a count down but not to zero, the object may be the last way into a cycle: it is buffered as a possible root and coloured purple. System.gc() then examines the purple roots: it subtracts, in a trial, the references that come from inside the subgraph they reach (grey); what keeps a count above zero is referenced from outside and is restored (black); what drops to zero is garbage (white) and is freed. A and B only reference each other, so both turn white and are freed at the call.
class Node {
    public Node other;
}

public class NodeCycleCollected {
    public static void main(String[] args) {
        Node A = new Node();
        Node B = new Node();
        A.other = B;  //> B: count 2
        B.other = A;  //> A: count 2, the cycle is closed
        A = null;  //> A: count 1, not 0: buffered as a possible cycle root (purple)
        B = null;  //> B: count 1, purple too
        System.out.println("A and B unreachable, each count 1");
        System.gc();  //> trial deletion: the counts inside the cycle drop to 0 in the trial, so both nodes are white and freed
        System.out.println("after System.gc(): the cycle is freed");
    }
}
