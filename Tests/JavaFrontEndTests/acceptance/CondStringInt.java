// subset: rejected (no boxing: the conditional's type would be a boxed Object)
public class CondStringInt {
    public static void main(String[] args) { run(true); }
    static void run(boolean t) {
        System.out.println(t ? "x" : 1);
    }
}
