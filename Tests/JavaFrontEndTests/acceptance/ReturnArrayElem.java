public class ReturnArrayElem {
    static Node t(Node[] a) { return a[0]; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
