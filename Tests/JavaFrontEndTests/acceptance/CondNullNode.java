public class CondNullNode {
    public static void main(String[] args) { run(true); }
    static void run(boolean t) {
        Node n = t ? null : new Node();
        Node m = t ? n : null;
        Node[] a = t ? null : new Node[1];
        System.out.println(m == n);
    }
}
class Node {}
