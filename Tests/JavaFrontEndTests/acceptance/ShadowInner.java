public class ShadowInner {
    public static void main(String[] args) {
        int x = 1; { int x = 2; }
    }
}
