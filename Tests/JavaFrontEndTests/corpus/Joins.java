// Paths that meet with different locals assigned (javac's defined-slot
// bookkeeping), gotos to the next instruction that javac takes back or
// keeps, breaks out of nested loops, empty statements.
public class Joins {
    static int s;

    static int pick(int n) {
        int x;
        Joins j;
        if (n > 0) { x = 1; } else { x = 2; }
        if (n > 1) { j = new Joins(); } else { j = null; }
        int y;
        if (n > 2) y = 3; else { y = 4; ; }
        if (n > 3) { int t = n; s = t; }
        if (n > 4) { s = 1; } else { }
        if (n > 5) { } else { int u = n; s = u; }
        if (n > 6) ; else s = 2;
        ;
        for (int i = 0; i < n; i++) {
            if (i == 2) break;
            for (int k = 0; k < i; k++) {
                if (k == 1) break;
                if (k == 0) continue;
                s++;
            }
            int last = i;
            s += last;
        }
        while (n > 100) {
            if (n > 200) { int q = n; s = q; break; }
            n--;
        }
        int z;
        while (true) {
            z = n;
            if (z > 0) break;
            n++;
        }
        return x + y + z + (j == null ? 0 : 1);
    }

    public static void main(String[] args) {
        System.out.println(pick(3) + " " + pick(8) + " " + s);
    }
}
