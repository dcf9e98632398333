// Code javac's Lower removes (constant conditions) and code after a
// return that Lower exposes: it gets no instructions and no slot.
public class DeadCode {
    static int s;

    static int early(int n) {
        if (true) return n;
        int never = 5;
        return never;
    }

    static void prune(int n) {
        if (false) { s = 1; } else { int kept = n; s = kept; }
        if (true) { int first = n; s = first; } else { s = 2; }
        int after = n;
        s = after + (1 < 2 ? 3 : 4) + (n > 0 ? 5 : 6);
        s = true ? n : -n;
        while (s > 100 && false) { s--; }
    }

    static int loopReturn(int n) {
        while (true) {
            if (n > 10) return n;
            n += 3;
        }
    }

    static int forReturn(int n) {
        for (;;) {
            n--;
            if (n < 0) { return -1; }
        }
    }

    public static void main(String[] args) {
        prune(3);
        System.out.println(early(1) + " " + s + " " + loopReturn(2) + " " + forReturn(3));
    }
}
