public class BoolConcatOnly {
    public static void main(String[] args) {
        System.out.println(true + "x");
    }
}
