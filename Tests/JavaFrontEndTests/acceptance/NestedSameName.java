public class NestedSameName {
    static class A { static class A { } }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
