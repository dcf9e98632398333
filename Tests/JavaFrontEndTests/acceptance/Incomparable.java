public class Incomparable {
    static boolean t(Node a, Other b) { return a == b; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
