public class BoolInc {
    public static void main(String[] args) {
        boolean b = true; b++;
    }
}
