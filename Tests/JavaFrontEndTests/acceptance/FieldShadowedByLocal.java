public class FieldShadowedByLocal {
    int a; void t() { int a = 1; this.a = a; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
