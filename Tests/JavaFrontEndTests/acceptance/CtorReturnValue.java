public class CtorReturnValue {
    int v; CtorReturnValue() { return 1; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
