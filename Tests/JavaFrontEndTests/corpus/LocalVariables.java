// The LocalVariableTable javac -g writes: a variable's range starts after
// the store that gives it a value; where paths meet and one has no value
// in the slot the range ends and a later store starts a new row; a range
// that ends where it starts is dropped; a variable never stored has no
// row; a compiler temporary has none either; this and the parameters
// cover the whole method; rows come in the order their ranges end.
public class LocalVariables {
    Node head;
    int size;

    LocalVariables(int size) {
        int doubled = size * 2;
        this.size = doubled;
    }

    static int branches(int p, Node q) {
        int a;
        if (p > 0) {
            a = 1;
        } else {
            a = 2;
        }
        int never;
        { int empty = 4; }
        { Node gone = q; q = gone; }
        boolean b;
        if (p > 1 && (b = q != null)) {
            a += b ? 1 : 0;
        }
        int late;
        while (p < 3) {
            late = p;
            p = late + 1;
        }
        int loop;
        for (loop = 0; loop < 2; loop++) {
            int inner = loop;
            if (inner == 1) continue;
            a += inner;
        }
        return a + loop;
    }

    static Node chain(int n) {
        Node first = null;
        Node last = null;
        int i = 0;
        while (true) {
            if (i == n) break;
            Node made = new Node();
            made.value = i;
            if (last == null) {
                first = made;
            } else {
                last.next = made;
            }
            last = made;
            i++;
        }
        // A field of another object with a compound assignment that reads
        // it again: javac keeps the object in a temporary local.
        first.value += -first.value;
        return first;
    }

    int sum() {
        int total = 0;
        for (Node n = head; n != null; n = n.next) {
            total += n.value;
        }
        return total;
    }

    static void early(int k) {
        if (k > 0) {
            int shown = k;
            System.out.println("early " + shown);
            return;
        }
        int after = k;
        System.out.println("late " + after);
    }

    public static void main(String[] args) {
        LocalVariables list = new LocalVariables(3);
        list.head = chain(4);
        early(1);
        early(-1);
        System.out.println(branches(0, list.head) + " " + list.sum() + " " + list.size);
    }
}

class Node {
    Node next;
    int value;
}
