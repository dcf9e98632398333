public class StaticFromInstanceField {
    int i = 3; static int s = i;
    public static void main(String[] args) { }
}
class Node { }
class Other { private int secret; }
