public class ParenAssign {
    public static void main(String[] args) {
        int x; (x) = 3;
    }
}
