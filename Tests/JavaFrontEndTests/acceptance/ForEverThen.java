public class ForEverThen {
    public static void main(String[] args) {
        for (;;) { } int y = 1;
    }
}
