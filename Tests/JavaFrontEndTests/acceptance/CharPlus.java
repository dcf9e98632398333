// subset: rejected (no char)
public class CharPlus {
    public static void main(String[] args) {
        System.out.println('a');
    }
}
