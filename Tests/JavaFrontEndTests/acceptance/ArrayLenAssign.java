public class ArrayLenAssign {
    static void t() { Node[] a = new Node[2]; a.length = 3; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
