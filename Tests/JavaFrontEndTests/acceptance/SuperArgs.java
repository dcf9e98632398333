public class SuperArgs {
    SuperArgs() { super(1); }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
