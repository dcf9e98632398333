public class MethodNamedAsField {
    int v; int v() { return v; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
