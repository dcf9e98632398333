public class DupLocal {
    public static void main(String[] args) {
        int x = 5; int x = 6;
    }
}
