// subset: rejected (no comparison of strings)
public class StrEq {
    public static void main(String[] args) {
        boolean b = "a" == "a";
    }
}
