// subset: rejected (no inner (non-static nested) classes)
public class NestedNonStatic {
    class Inner { }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
