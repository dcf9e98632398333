// The line-number table: modifiers and `class` on different lines, a
// constructor's brace on its own line, field initializers, empty bodies,
// statements and calls spread over lines, loop conditions on the line of
// their `(`, the implicit return on the line of the closing brace.
public
class Lines
{
    int a = 1;
    Lines other =
        null;
    static int s =
        2;
    static Lines shared;

    Lines()
    {
    }

    Lines(int v) { a = v; }

    void empty() {}

    void spread(int n)
    {
        other
            = this;
        other.a
            += n;
        int
            local
            =
            n;
        empty(
        );
        other
            .empty();
        while
            (local >
                0)
            local--;
        for (int i = 0;
             i < n;
             i++)
            s++;
        if (n >
            1) {
            s =
                3;
        }
        else
            s = 4;
        shared = new Lines(
            n);
    }

    static int ternaryReturn(int n) {
        return n > 1
            ? n * 2
            : n - 1;
    }

    Lines spreadReturn(int n) {
        return n > 0
            ? other
            : new Lines(
                n);
    }

    static class Inner {
        int x = 5;
        int y
            = 6;
    }

    public static void main(String[] args) {
        new Lines().spread(3);
        System.out.println(s
            + " "
            + shared.a);
    }
}

class Plain { }

class WithField
{
    static Plain p = new Plain();
    int q = 4;
}
