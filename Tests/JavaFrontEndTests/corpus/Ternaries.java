// Conditional expressions as values: ints, references, null, nested, in
// arguments and returns, spread over lines.
public class Ternaries {
    Ternaries next;

    static Ternaries choose(boolean first, Ternaries a, Ternaries b) {
        return first ? a : b;
    }

    public static void main(String[] args) {
        int n = 4;
        int m = n > 2 ? n * 2 : n - 1;
        int k = n > 10 ? 1 : n > 5 ? 2 : n > 3 ? 3 : 4;
        Ternaries t = n > 0 ? new Ternaries() : null;
        Ternaries u = t == null ? null : t;
        t.next = n > 100
            ? u
            : choose(n > 1,
                t,
                u);
        Ternaries v = choose(m > k, t.next, null);
        int w = (n > 3 ? m : k) + (t != null ? 1 : 0);
        System.out.println(m + " " + k + " " + w + " " + (v == t));
    }
}
