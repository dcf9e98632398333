public class CondNodeArray {
    public static void main(String[] args) { run(true); }
    static void run(boolean t) {
        Node n = t ? new Node() : new Node[1];
    }
}
class Node {}
