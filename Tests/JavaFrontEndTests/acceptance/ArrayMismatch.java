public class ArrayMismatch {
    static void t() { Node[] a = new Other[2]; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
