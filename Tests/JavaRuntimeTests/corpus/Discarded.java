// Results nobody stores: a returned object popped at once, a field read
// from an object only the stack holds, a field written into an object
// only the stack holds, chained calls, an object passed straight from
// new into a method.
public class Discarded {
    Discarded other;
    int id;

    static int next;

    Discarded() {
        next++;
        id = next;
    }

    static Discarded make() { return new Discarded(); }

    Discarded self() { return this; }

    Discarded withOther(Discarded o) {
        other = o;
        return this;
    }

    static int idOf(Discarded d) { return d.id; }

    public static void main(String[] args) {
        make();
        int id = make().id;
        System.out.println("read from a temporary: " + id);
        make().other = new Discarded();
        Discarded kept = make().withOther(make()).self();
        System.out.println("kept " + kept.id + " -> " + kept.other.id);
        System.out.println("passed from new: " + idOf(new Discarded()));
        kept = kept.other;
        System.out.println("now kept " + kept.id + ", made " + next);
    }
}
