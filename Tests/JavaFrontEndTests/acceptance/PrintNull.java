public class PrintNull {
    public static void main(String[] args) {
        System.out.println(null);
    }
}
