public class NullPlusNull {
    public static void main(String[] args) {
        System.out.println(null + null);
    }
}
