public class ParamDup {
    static void t(int a, int a) { }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
