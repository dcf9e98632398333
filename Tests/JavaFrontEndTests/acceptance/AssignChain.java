public class AssignChain {
    public static void main(String[] args) {
        int x; int y = x = 3;
    }
}
