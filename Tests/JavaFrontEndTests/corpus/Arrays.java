// Arrays of references: new with a length, initializers, element reads
// and writes (also as values), length, arrays in fields, parameters and
// results, arrays of a nested class.
public class Arrays {
    Box[] boxes = new Box[2];
    static Box[] shared;

    static class Box {
        Box inner;
        int size;
    }

    static Box[] make(int n) {
        Box[] result = new Box[n];
        for (int i = 0; i < result.length; i++) {
            result[i] = new Box();
            result[i].size = i;
        }
        return result;
    }

    static int total(Box[] all) {
        int sum = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] != null) sum += all[i].size;
        }
        return sum;
    }

    public static void main(String[] args) {
        Box[] a = make(4);
        Box[] b = { a[0], null, new Box() };
        Box[] c = new Box[] { a[1], a[2] };
        Box x = a[3] = a[0];
        a[1].inner = a[2];
        a[1].inner.inner = a[3];
        a[2] = null;
        Arrays self = new Arrays();
        self.boxes[0] = x;
        shared = self.boxes;
        shared[1] = shared[0];
        int n = a.length + b.length + c.length + self.boxes.length;
        Box[] empty = {};
        System.out.println(total(a) + " " + n + " " + empty.length + " " + (a[1].inner.inner == x));
    }
}
