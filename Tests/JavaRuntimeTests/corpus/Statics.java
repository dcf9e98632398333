// Static fields as roots: initialized on the class's first use (the
// static initializers print when), replaced, and released when the
// classes unload after main; two nodes that point at each other keep
// their counts at 1 after that and leak.
public class Statics {
    static Statics first = make(1);
    static int uses;

    Statics next;

    static Statics make(int why) {
        System.out.println("make " + why);
        return new Statics();
    }

    static class Holder {
        static Statics held = Statics.make(100);
        static Statics[] all = new Statics[2];

        static void keep(Statics s) {
            all[uses % 2] = s;
            uses++;
        }
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        Holder.keep(first);
        Holder.keep(make(2));
        Holder.keep(make(3));
        first.next = Holder.held;
        Holder.held.next = first;
        first = null;
        System.out.println("uses " + uses);
    }
}
