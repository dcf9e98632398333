public class UninitInLoop {
    public static void main(String[] args) {
        int x;
        for (int i = 0; i < 3; i++) { x = i; }
        System.out.println(x);
    }
}
