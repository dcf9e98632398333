public class Overload {
    static void f(int x) { } static void f(Node x) { } static void t() { f(1); f(null); f(new Node()); }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
