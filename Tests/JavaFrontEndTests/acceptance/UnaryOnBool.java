public class UnaryOnBool {
    public static void main(String[] args) {
        boolean b = !true;
    }
}
