public class OctalNine {
    public static void main(String[] args) {
        int x = 09;
    }
}
