public class BreakWhileTrue {
    public static void main(String[] args) {
        int x = 0; while (true) { break; } x++;
    }
}
