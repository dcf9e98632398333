// Deep recursion: a list built by a recursive method 300 frames deep,
// each frame holding the node it made until it returns; parameters
// reassigned inside the callee drop what they held.
public class Recursion {
    Recursion next;
    int value;

    static Recursion build(int n) {
        if (n == 0) return null;
        Recursion node = new Recursion();
        node.value = n;
        node.next = build(n - 1);
        return node;
    }

    static int sum(Recursion list) {
        int total = 0;
        while (list != null) {
            total += list.value;
            list = list.next;
        }
        return total;
    }

    static int length(Recursion list) {
        if (list == null) return 0;
        return 1 + length(list.next);
    }

    public static void main(String[] args) {
        Recursion list = build(300);
        System.out.println("sum " + sum(list) + ", length " + length(list));
        list.next.next = null;
        System.out.println("cut after two: length " + length(list));
    }
}
