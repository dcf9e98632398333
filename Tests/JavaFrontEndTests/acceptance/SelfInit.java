public class SelfInit {
    public static void main(String[] args) {
        int x = x + 1;
    }
}
