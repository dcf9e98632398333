public class NotStmt {
    public static void main(String[] args) {
        int x = 1; x == 1;
    }
}
