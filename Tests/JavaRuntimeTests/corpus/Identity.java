// Reference comparisons (==, !=, null tests) and the conditional
// operator choosing between references.
public class Identity {
    Identity other;

    static Identity pick(boolean first, Identity a, Identity b) {
        return first ? a : b;
    }

    public static void main(String[] args) {
        Identity a = new Identity();
        Identity b = new Identity();
        Identity c = a;
        System.out.println((a == c) + " " + (a == b) + " " + (a != b) + " " + (a.other == null));
        a.other = pick(false, a, b);
        System.out.println(a.other == b);
        Identity d = a.other != null ? a.other : a;
        System.out.println(d == b);
        Identity none = null;
        System.out.println(none == null ? "null" : "set");
        b = null;
        d = null;
        System.out.println(pick(true, null, a) == null);
    }
}
