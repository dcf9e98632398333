public class BoolField {
    static boolean flag; static void t() { if (flag) flag = false; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
