// An uncaught NullPointerException ends the run with exit code 1 after
// what was printed; the frames unwind and release what their slots held:
// only the cycle made before is left.
public class Exceptions {
    Exceptions next;
    int value;

    static int valueOf(Exceptions e) {
        Exceptions local = new Exceptions();
        local.next = e;
        return e.value;
    }

    public static void main(String[] args) {
        Exceptions a = new Exceptions();
        a.next = new Exceptions();
        a.next.next = a;
        a = null;
        Exceptions b = new Exceptions();
        b.value = 7;
        System.out.println(valueOf(b));
        System.out.println(valueOf(b.next));
        System.out.println("not reached");
    }
}
