public class Positions {
    Positions next; int v;
    static int f(int a) { return a; }
    public static void main(String[] args) {
        Positions p = new Positions();
        p
          .next
            = p;
        p.v
          ++;
        int
          x
            =
              3;
        f
        (
          x);
        if (x
             < 2)
          x = 1;
        while
          (x >
            0) x--;
        p.next = new Positions
         ();
        x = x > 1
          ? 4
          : 5;
        System.out.println("a" +
            x);
    }
}
