// subset: rejected (no labels)
public class LabelUse {
    public static void main(String[] args) {
        outer: for (;;) { break outer; }
    }
}
