public class CondNullString {
    public static void main(String[] args) { run(true); }
    static void run(boolean t) {
        System.out.println(t ? null : "x");
        System.out.println("a" + (t ? "x" : null));
    }
}
