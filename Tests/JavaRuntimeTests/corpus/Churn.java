// Objects made and dropped in a loop (like the first source text's f1):
// each round's node dies when the local is overwritten by the next one,
// so at most two are alive at once; every tenth round a pair is linked
// into a cycle and leaks.
public class Churn {
    Churn partner;
    int round;

    public static void main(String[] args) {
        Churn current = null;
        int leaked = 0;
        for (int i = 0; i < 100; i++) {
            current = new Churn();
            current.round = i;
            if (i % 10 == 0) {
                Churn p = new Churn();
                p.partner = current;
                current.partner = p;
                leaked += 2;
            }
        }
        System.out.println("last round " + current.round + ", leaked " + leaked);
        current = null;
    }
}
