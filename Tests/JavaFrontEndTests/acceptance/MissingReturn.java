public class MissingReturn {
    static int f(boolean c) { for (;;) { if (c) break; } }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
