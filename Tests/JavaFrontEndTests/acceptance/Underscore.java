public class Underscore {
    public static void main(String[] args) {
        int x = 1_000_000; int y = 1__0;
    }
}
