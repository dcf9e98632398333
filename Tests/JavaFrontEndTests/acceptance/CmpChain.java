public class CmpChain {
    public static void main(String[] args) {
        boolean b = 1 < 2 < 3;
    }
}
