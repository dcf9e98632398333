// while and for loops, break and continue, nested loops, slot reuse of
// loop variables, while (true) and for (;;).
public class Loops {
    static int s;

    public static void main(String[] args) {
        int i = 0;
        while (i < 10) { i++; if (i == 0) { s += 2; } }
        for (int j = 0; j < 3; j++) { Loops t = new Loops(); }
        for (int k = 0; k < 3; k += 200) { Loops t = new Loops(); }
        while (true) {
            s++;
            if (s > 10) break;
            if (s == 5) continue;
            s += 2;
        }
        for (;;) { if (s > 0) break; }
        for (int a = 0, b = 1; a < b; a++, b--) { }
        for (i = 0; i < 3; i = i + 1) {
            for (int j = 0; j < i; j++) {
                if (j == 1) continue;
                s = s + j;
            }
        }
        int after = s;
        System.out.println("s=" + s + " i=" + i + " after=" + after);
    }
}
