public class ForReuse {
    public static void main(String[] args) {
        for (int i = 0; i < 2; i++) { } for (int i = 0; i < 2; i++) { } int i = 3;
    }
}
