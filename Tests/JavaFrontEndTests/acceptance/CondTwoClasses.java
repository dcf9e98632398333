public class CondTwoClasses {
    public static void main(String[] args) { run(true); }
    static void run(boolean t) {
        A a = t ? new A() : new B();
    }
}
class A {}
class B {}
