public class VoidInExpr {
    static void g() { } static void t() { int x = 1 + g(); }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
