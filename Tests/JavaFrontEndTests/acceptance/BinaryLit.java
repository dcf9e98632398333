public class BinaryLit {
    public static void main(String[] args) {
        int x = 0b101;
    }
}
