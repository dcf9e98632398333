public class LongChain {
    public static void main(String[] args) {
        int a = 1; a = a + a - a * a / a % a;
    }
}
