public class InstanceFromStatic {
    void g() { } static void h() { g(); }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
