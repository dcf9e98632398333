public class PrivateOther {
    static int t() { return new Other().secret; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
