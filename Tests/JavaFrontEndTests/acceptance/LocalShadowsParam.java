public class LocalShadowsParam {
    static void t(int a) { int a = 1; }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
