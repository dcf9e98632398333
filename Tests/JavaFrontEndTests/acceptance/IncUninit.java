public class IncUninit {
    public static void main(String[] args) {
        int x; x++;
    }
}
