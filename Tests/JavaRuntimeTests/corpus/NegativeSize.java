// new Node[-1] throws NegativeArraySizeException.
public class NegativeSize {
    public static void main(String[] args) {
        int n = 2;
        while (n >= -1) {
            NegativeSize[] a = new NegativeSize[n];
            System.out.println("made " + a.length);
            n--;
        }
    }
}
