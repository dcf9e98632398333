public class PlusPlusPlus {
    public static void main(String[] args) {
        int x = 1; int y = x++ + ++x;
    }
}
