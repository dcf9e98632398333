public class CondNullNull {
    public static void main(String[] args) { run(true); }
    static void run(boolean t) {
        Node n = t ? null : null;
        System.out.println("a" + (t ? null : null) + (n == null));
    }
}
class Node {}
