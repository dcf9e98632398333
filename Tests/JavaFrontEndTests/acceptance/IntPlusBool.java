public class IntPlusBool {
    public static void main(String[] args) {
        int x = 1 + true;
    }
}
