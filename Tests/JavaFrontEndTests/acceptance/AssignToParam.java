// subset: rejected (main's args cannot be used (no String values))
public class AssignToParam {
    public static void main(String[] args) {
        args = null;
    }
}
