public class HexBig {
    public static void main(String[] args) {
        int x = 0xFFFFFFFF; int y = 0x100000000;
    }
}
