public class ThisInStatic {
    int v; static void h() { this.v = 1; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
