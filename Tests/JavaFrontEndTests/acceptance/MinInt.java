public class MinInt {
    public static void main(String[] args) {
        int x = -2147483648; int y = -(2147483647);
    }
}
