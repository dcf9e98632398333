public class DeadAfterIfElseReturn {
    static boolean flag;
    public static void main(String[] args) {
        if (flag) { return; } else { return; }
        int z;
    }
}
