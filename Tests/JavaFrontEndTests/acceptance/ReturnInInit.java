public class ReturnInInit {
    static { return; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
