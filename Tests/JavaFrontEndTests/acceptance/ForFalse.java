public class ForFalse {
    public static void main(String[] args) {
        for (;false;) { }
    }
}
