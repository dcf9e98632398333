// subset: rejected (no boxing (and args cannot be used))
public class TernNull {
    public static void main(String[] args) {
        int x = args == null ? 1 : null;
    }
}
