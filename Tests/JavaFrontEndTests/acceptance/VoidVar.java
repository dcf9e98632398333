public class VoidVar {
    static void t() { void x; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
