public class ThisCallLater {
    int q; ThisCallLater() { q = 1; this(2); } ThisCallLater(int a) { }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
