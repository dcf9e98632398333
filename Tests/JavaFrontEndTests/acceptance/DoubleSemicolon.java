public class DoubleSemicolon {
    public static void main(String[] args) {
        ;;
    }
}
