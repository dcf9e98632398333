// Integer division by zero throws ArithmeticException in a callee; the
// callee's and main's frames unwind and their objects are freed.
public class DivideByZero {
    DivideByZero other;

    static int ratio(DivideByZero holder, int a, int b) {
        DivideByZero local = new DivideByZero();
        local.other = holder;
        return a / b;
    }

    public static void main(String[] args) {
        DivideByZero kept = new DivideByZero();
        for (int b = 3; b >= 0; b--) {
            System.out.println("12 / " + b + " = " + ratio(kept, 12, b));
        }
    }
}
