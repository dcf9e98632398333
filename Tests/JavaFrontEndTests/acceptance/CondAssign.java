public class CondAssign {
    public static void main(String[] args) {
        int x = 1; boolean b = (x = 2) > 1;
    }
}
