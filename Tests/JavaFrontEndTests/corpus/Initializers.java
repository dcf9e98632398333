// Initializers copied into every constructor that does not call this(...):
// field initializers spread over lines, instance blocks with locals and
// loops, a static initializer with a loop, statics set from static calls.
public class Initializers {
    static int seed = compute(3);
    static Initializers[] table = new Initializers[4];
    int id = seed > 5
        ? seed
        : -seed;
    Initializers link;
    {
        int local = id * 2;
        for (int i = 0; i < local; i++) {
            if (i > 3) break;
            seed++;
        }
    }
    int after = seed;

    static {
        for (int i = 0; i < table.length; i++) {
            int square = i * i;
            seed += square;
        }
    }

    static int compute(int n) { return n * n - 1; }

    Initializers(Initializers link) {
        this.link = link;
    }

    Initializers(int extra, boolean flag) {
        int mine = extra;
        if (flag) id += mine;
    }

    Initializers() {
        this(null);
        after = 0;
    }

    public static void main(String[] args) {
        Initializers a = new Initializers();
        Initializers b = new Initializers(a);
        Initializers c = new Initializers(5, true);
        table[0] = c;
        System.out.println(a.id + " " + b.after + " " + c.id + " " + seed);
    }
}
