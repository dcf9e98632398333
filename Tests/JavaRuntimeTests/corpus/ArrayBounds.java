// An index past the end throws ArrayIndexOutOfBoundsException (exit 1);
// the array and the nodes it holds are freed as main's frame unwinds.
public class ArrayBounds {
    ArrayBounds other;

    public static void main(String[] args) {
        ArrayBounds[] nodes = new ArrayBounds[3];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = new ArrayBounds();
            System.out.println("stored " + i);
        }
        nodes[0].other = nodes[2];
        for (int i = 0; i <= nodes.length; i++) {
            System.out.println("reading " + i + ": " + (nodes[i].other != null));
        }
    }
}
