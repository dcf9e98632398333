public class BadEscape {
    public static void main(String[] args) {
        System.out.println("\q");
    }
}
