// String concatenation as javac 17 compiles it: recipes with constants,
// ints, booleans, null, ternaries, parenthesised parts, constants holding
// \u0001 or \u0002, folded constants, and print/println of each type.
public class Concat {
    int f = 3;
    static boolean on = true;

    public static void main(String[] args) {
        Concat c = new Concat();
        int i = 42;
        boolean b = i > 40;
        System.out.println("i=" + i);
        System.out.println(i + "=i");
        System.out.println("" + i);
        System.out.println(i + "");
        System.out.println("a" + "b" + i + "c" + "d");
        System.out.println("x" + (i + 1) + (i - 1) + i * 2);
        System.out.println(1 + 2 + "x" + 1 + 2);
        System.out.println("f=" + c.f + " on=" + on + " b=" + b + " !b=" + !b + " cmp=" + (i < 3));
        System.out.println("null:" + null + "!");
        System.out.println(null + "first");
        System.out.println("tag\u0001inside" + i + "two\u0002" + i);
        System.out.println("ternary " + (b ? "yes" : "no") + (i > 100 ? 1 : 2));
        System.out.println("nested " + ("(" + i + ")") + ("[" + (c.f + i) + "]"));
        System.out.println("const " + (1 + 2) + true + (3 > 4));
        System.out.println(b ? "b holds" : "b does not");
        System.out.println(i);
        System.out.println(b);
        System.out.println(true);
        System.out.println(-5);
        System.out.println("plain");
        System.out.println();
        System.out.print("no newline ");
        System.out.print(i);
        System.out.print(b);
        System.out.println("");
        System.out.println("é ü 中 \t tab \\ backslash \"quoted\" 'single'");
    }
}
