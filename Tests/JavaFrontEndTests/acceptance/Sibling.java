public class Sibling {
    public static void main(String[] args) {
        { int x = 1; } { int x = 2; }
    }
}
