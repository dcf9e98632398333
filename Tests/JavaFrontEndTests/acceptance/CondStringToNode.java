public class CondStringToNode {
    public static void main(String[] args) { run(true); }
    static void run(boolean t) {
        Node n = t
            ? null
            : "x";
    }
}
class Node {}
