public class StringEscapes {
    public static void main(String[] args) {
        System.out.println("\s\0\12\377\u0041");
    }
}
