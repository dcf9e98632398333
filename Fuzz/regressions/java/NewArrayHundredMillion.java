// A size that fits: 100,000,000 elements take 2.4 GB of real memory at once.
public class NewArrayHundredMillion {
    static class Node {
        Node next;
    }

    public static void main(String[] args) {
        Node[] a = new Node[100000000];
        System.out.println(a.length);
    }
}
