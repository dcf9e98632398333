public class BreakOutside {
    public static void main(String[] args) {
        break;
    }
}
