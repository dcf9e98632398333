public class CondNullStringInt {
    public static void main(String[] args) { run(true); }
    static void run(boolean t) {
        int i = t ? null : "x";
    }
}
