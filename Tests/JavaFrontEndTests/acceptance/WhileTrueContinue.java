public class WhileTrueContinue {
    static int f(int n) {
        while (true) {
            if (n > 3) continue;
            return n;
        }
    }
    public static void main(String[] args) { f(1); }
}
