public class StaticViaInstance {
    static int s; static void t() { StaticViaInstance m = null; int x = m.s; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
