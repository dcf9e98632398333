// new Node[2147483647]: Int32(size) traps in the heap (Heap.install).
public class NewArrayMax {
    static class Node {
        Node next;
    }

    public static void main(String[] args) {
        Node[] a = new Node[2147483647];
        System.out.println(a.length);
    }
}
