// booleans: fields, locals, parameters, results; as values (iconst_1 /
// goto / iconst_0) and as tests; ==, !, && and || mixed; conditional
// expressions inside conditions.
public class Booleans {
    boolean ready;
    static boolean global = false;

    static boolean positive(int n) { return n > 0; }
    boolean isReady() { return ready; }
    static boolean both(boolean a, boolean b) { return a && b; }
    static boolean either(boolean a, boolean b) { return a || b; }

    public static void main(String[] args) {
        int n = 3;
        boolean b = n > 2;
        boolean c = !b;
        boolean d = b == c;
        boolean e = b != false;
        boolean f = b == true;
        boolean g = positive(n) && !global || n == 7;
        Booleans o = new Booleans();
        o.ready = g;
        if (o.isReady()) n++;
        if (!o.ready) n--;
        if (b ? c : d) n += 10;
        if (n > 0 ? positive(n - 1) : false) n += 100;
        if ((b || c) && (d || e)) n += 1000;
        while (b) { b = false; }
        global = both(b, c) || either(d, e);
        boolean h = n > 5 ? true : false;
        boolean k = n < 0 || (n > 10 && n < 20);
        System.out.println(n + " " + b + c + d + e + f + g + h + k + global);
    }
}
