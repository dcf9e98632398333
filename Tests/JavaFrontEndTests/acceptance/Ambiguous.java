public class Ambiguous {
    static void f(Node x) { } static void f(Other x) { } static void t() { f(null); }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
