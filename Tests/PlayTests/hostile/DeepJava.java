public class DeepJava {
    static int depth(int n) { return depth(n + 1); }
    public static void main(String[] args) {
        depth(0);
    }
}
