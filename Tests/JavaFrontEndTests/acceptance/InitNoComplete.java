public class InitNoComplete {
    static { while (true) { } }
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
