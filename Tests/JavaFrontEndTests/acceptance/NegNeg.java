public class NegNeg {
    public static void main(String[] args) {
        int x = - -1; int y = -(-x);
    }
}
