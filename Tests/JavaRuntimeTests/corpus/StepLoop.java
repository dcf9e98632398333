// Lines and steps: a loop that runs 5 rounds on one line, then a method
// called from a loop.
public class StepLoop {
    static int twice(int x) {
        return x * 2;
    }

    public static void main(String[] args) {
        int s = 0;
        for (int i = 0; i < 5; i++) s += i;
        for (int i = 0; i < 3; i++) {
            s += twice(i);
        }
        System.out.println(s);
    }
}
