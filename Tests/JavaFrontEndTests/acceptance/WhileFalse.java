public class WhileFalse {
    public static void main(String[] args) {
        while (false) { }
    }
}
