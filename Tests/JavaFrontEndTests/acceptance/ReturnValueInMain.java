public class ReturnValueInMain {
    public static void main(String[] args) {
        return 1;
    }
}
