// Methods that take and return objects, chains a.b.c, self-reference,
// recursion, instance methods calling each other, calls as statements
// (their results popped).
public class ObjectsAndMethods {
    ObjectsAndMethods next;
    ObjectsAndMethods self;
    int value;

    ObjectsAndMethods(int value) { this.value = value; }

    ObjectsAndMethods link(ObjectsAndMethods other) {
        this.next = other;
        return this;
    }

    static ObjectsAndMethods pick(ObjectsAndMethods a, ObjectsAndMethods b, boolean first) {
        if (first) return a;
        return b;
    }

    ObjectsAndMethods last() {
        if (next == null) return this;
        return next.last();
    }

    int depth() { return next == null ? 1 : 1 + next.depth(); }

    static ObjectsAndMethods build(int n) {
        ObjectsAndMethods head = null;
        for (int i = 0; i < n; i++) head = new ObjectsAndMethods(i).link(head);
        return head;
    }

    public static void main(String[] args) {
        ObjectsAndMethods a = new ObjectsAndMethods(1);
        ObjectsAndMethods b = new ObjectsAndMethods(2);
        a.link(b).link(a);
        a.self = a;
        a.next.next.next.value = 9;
        ObjectsAndMethods c = pick(a, b, false);
        pick(a, b, true);
        build(3);
        c.depth();
        ObjectsAndMethods chain = build(5);
        System.out.println(chain.depth() + " " + chain.last().value + " " + a.self.self.value + " " + c.value);
    }
}
