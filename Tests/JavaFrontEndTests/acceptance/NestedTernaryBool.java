// subset: rejected (main's args cannot be used (no String values))
public class NestedTernaryBool {
    public static void main(String[] args) {
        boolean b = args == null ? true : args != null ? false : true;
    }
}
