public class StrPlusNull {
    public static void main(String[] args) {
        System.out.println("a" + null);
    }
}
