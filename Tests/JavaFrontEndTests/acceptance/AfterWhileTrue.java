public class AfterWhileTrue {
    public static void main(String[] args) {
        while (true) { } int y = 1;
    }
}
