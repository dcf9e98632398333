public class IfFalseReturn {
    public static void main(String[] args) {
        if (false) { return; } int y = 1;
    }
}
