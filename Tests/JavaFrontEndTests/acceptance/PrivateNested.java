public class PrivateNested {
    static class In { private int p; } static int t() { return new In().p; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
