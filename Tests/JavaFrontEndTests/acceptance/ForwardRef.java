public class ForwardRef {
    int a = b; int b = 1;
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
