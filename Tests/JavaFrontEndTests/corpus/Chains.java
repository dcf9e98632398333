// Assignments used as values on fields, statics and array elements
// (dup_x1, dup_x2), compound assignment and ++/-- through chains,
// comparisons with the constant on the left, static members reached
// through expressions, private members across nestmates.
public class Chains {
    Chains next;
    int count;
    static int total;
    Chains[] kids = new Chains[3];
    private int hidden = 7;

    private static int secret() { return 11; }

    static Chains make() { return new Chains(); }

    static class Peer {
        private int mine = 2;
        int peek(Chains c) { return c.hidden + secret() + mine; }
    }

    public static void main(String[] args) {
        Chains a = new Chains();
        a.next = new Chains();
        a.next.next = a;
        a.next.next.next.count += 5;
        a.next.count++;
        int v = a.next.count++ + ++a.count;
        v = a.count = a.next.count = 9;
        Chains b = a.kids[0] = a.kids[1] = a.next;
        a.kids[2] = a.next.kids[0] = b;
        total = a.count += 3;
        v = total++ + --total;
        v = make().total;
        make().total = 4;
        v += make().count;
        if (0 < v && null != a && 3 >= a.count) v--;
        if (a.kids[0].next.kids[2] == null || 1 == v) v++;
        Peer p = new Peer();
        v += p.peek(a) + p.mine + a.hidden;
        System.out.println(v + " " + total + " " + a.count + " " + b.count);
    }
}
