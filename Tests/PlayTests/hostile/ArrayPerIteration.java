public class ArrayPerIteration {
    static class Node { Node[] keep; }
    public static void main(String[] args) {
        Node head = new Node();
        while (true) {
            Node n = new Node();
            n.keep = new Node[100000];
            n.keep[0] = head;
            head = n;
        }
    }
}
