public class AssignedInCondition {
    static int read() { return 2; }
    public static void main(String[] args) {
        int x;
        if ((x = read()) > 1 && x < 5) System.out.println(x);
        int y;
        if (read() > 1 || (y = 3) > 0) System.out.println(1); else System.out.println(y);
    }
}
