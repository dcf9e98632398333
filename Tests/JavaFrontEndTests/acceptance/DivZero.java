public class DivZero {
    public static void main(String[] args) {
        int x = 5 / 0;
    }
}
