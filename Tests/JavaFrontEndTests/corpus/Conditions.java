// Conditions in every shape javac's genCond handles: empty branches and
// bodies (gotos taken back), ! around && and ||, conditional expressions
// inside tests, boolean calls, returns from nested loops, explicit
// returns at the end of void methods, if-else-if ladders.
public class Conditions {
    static int s;

    static boolean odd(int n) { return n % 2 == 1; }

    static void empties(boolean b, int n) {
        if (b) { }
        if (b) { } else { }
        if (!b) ;
        for (int i = 0; i < n; i++) { }
        while (n > 10) { n--; }
        if (b) { s = 1; } else if (n > 3) { s = 2; } else if (n > 2) { } else { s = 4; }
        return;
    }

    static int ladder(int n) {
        if (n < 0) return -1;
        else if (n == 0) return 0;
        else if (n < 10) return 1;
        else if (n < 100) { return 2; }
        return 3;
    }

    static int search(int limit) {
        for (int i = 0; i < limit; i++) {
            for (int j = 0; j < limit; j++) {
                if (i * j == 12) return i + j;
                if (j > i) break;
            }
        }
        return -1;
    }

    static void tests(boolean a, boolean b, int n) {
        if (!(a && b)) s++;
        if (!(a || b) && n > 0) s++;
        if ((a ? b : n > 2) && !odd(n)) s++;
        if (a ? odd(n) : !odd(n)) s++;
        if (n > 0 ? n < 10 || a : b && n == -5) s++;
        while (!(n > 3)) n++;
        if (odd(n) == a) s++;
        if (a != (n > 4)) s++;
        boolean c = a ? b : odd(n);
        boolean d = !(a ? b : c) || n > 7 && c;
        if (c == d) s--;
    }

    public static void main(String[] args) {
        empties(true, 5);
        tests(true, false, 3);
        System.out.println(s + " " + ladder(50) + " " + search(10));
    }
}
