public class OuterInstanceFromNested {
    int v; static class In { int g() { return v; } }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
