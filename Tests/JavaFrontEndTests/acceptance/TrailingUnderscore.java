public class TrailingUnderscore {
    public static void main(String[] args) {
        int x = 10_;
    }
}
