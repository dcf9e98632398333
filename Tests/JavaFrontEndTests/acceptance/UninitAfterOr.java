public class UninitAfterOr {
    static int read() { return 2; }
    public static void main(String[] args) {
        int y;
        if (read() > 1 || (y = 3) > 0) System.out.println(y);
    }
}
