// What javac's Lower does before code generation, found by comparing
// random programs: parentheses around a replaced part disappear (so the
// replacement's constness shows), null == null is a known condition, a
// compound assignment whose value applies a unary operator to the same
// variable becomes x = x op e (another object's field through a
// temporary local), even when the operator is in a part that Lower then
// prunes (the scan runs first), and a jump through a goto not yet
// resolved lands on it.
public class LowerQuirks {
    static boolean flag;
    static int count;
    int value;
    LowerQuirks next;

    void selfDependent(LowerQuirks other, int x) {
        value += -value;
        this.value -= +value;
        other.value += -other.value;
        other.next.value -= -(other.value);
        count += -count;
        x += x++;
        x -= -x;
        value += other.value;
        other.value += (false ? -other.value : x);
        value -= (true ? x : -value);
        count += (flag && -count > 0) ? 1 : 2;
    }

    static void prune(int n) {
        if ((false ? flag : false) && n > 2) count++;
        if (null == null) count++;
        if (null != null) count--;
        boolean b = (true || n > n);
        System.out.println("b=" + (true || n > 1) + " " + (false && n > 1) + (n > 0 ? "pos" : "neg"));
        while ((true && n > 5)
            ) n--;
        for (int k = 0; k < n; k++) {
            while (true) {
                if ((false ? flag : false) && n > 2) break;
            }
        }
    }

    public static void main(String[] args) {
        LowerQuirks a = new LowerQuirks();
        a.next = new LowerQuirks();
        a.next.next = new LowerQuirks();
        a.selfDependent(a.next, 3);
        prune(0);
        System.out.println(a.value + " " + count);
    }
}
