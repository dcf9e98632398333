public class RecursiveCtor {
    RecursiveCtor(int a) { this(); } RecursiveCtor() { this(1); }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
