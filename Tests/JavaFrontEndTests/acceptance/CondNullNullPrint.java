public class CondNullNullPrint {
    public static void main(String[] args) { run(true); }
    static void run(boolean t) {
        System.out.println(t ? null : null);
    }
}
