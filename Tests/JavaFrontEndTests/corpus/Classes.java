// Static nested classes two deep, field initializers, initializer blocks,
// constructors calling this(...), default constructors with the class's
// access, private methods (invokevirtual since nestmates), static members
// reached from nested classes and through qualified names.
public class Classes {
    static int created = 10;
    static Item head;
    boolean flag = true;
    int weight = created * 2;
    static {
        created = 5;
    }
    { created++; }

    Classes(int w) {
        weight = w;
    }

    Classes() {
        this(7);
        weight++;
    }

    static class Item {
        Item next;
        static int made;
        Item(Item n) { next = n; made++; created++; head = this; }
        Item() { this(null); }
        private int secret() { return made; }
        int open() { return secret() + Deep.depth(); }

        static class Deep {
            static int d = made + created;
            static int depth() { return d + Item.made + Classes.Item.made; }
        }
    }

    private static class Hidden { int h = 3; }
    protected static class Guarded { }
    public static class Open { static Open make() { return new Open(); } }

    public static void main(String[] args) {
        Classes c = new Classes();
        Item i = new Item(new Item());
        Hidden h = new Hidden();
        new Guarded();
        Open o = Open.make();
        Item.made = 3;
        Classes.Item.made = 4;
        Classes.Item.Deep.d = 5;
        int viaInstance = i.made;
        i.made = 6;
        Open p = o.make();
        System.out.println(c.weight + " " + c.flag + " " + i.open() + " " + h.h + " " + viaInstance + " " + created);
    }
}
