public class WhileTrueNoReturn {
    static int f() { while (true) { } }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
