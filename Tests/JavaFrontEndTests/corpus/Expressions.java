// Arithmetic, constant folding, ++/-- in every position, compound
// assignments, chained assignments, big and negative constants.
public class Expressions {
    int x = 5;
    static int count;

    public static void main(String[] args) {
        int i = 1;
        int z = i++ + ++i;
        i = 100000; i = -129; i = 200; i = -2147483648; i = 2147483647; i = 0x7fffffff; i = 0xFFFFFFFF; i = 010;
        i = -1; i = 5; i = 6; i = 127; i = 128; i = -128; i = 32767; i = 32768; i = -32768; i = -32769;
        i = 1 + 2 * 3 - 4 / 2 % 3;
        i = 2147483647 + 1;
        i = (i + 1) * (i - 1) / 3 % 7;
        i = -i;
        i = +i;
        i = 7 / 0 + i;
        new Expressions().x++;
        int y = new Expressions().x++;
        y = ++new Expressions().x;
        Expressions e = new Expressions();
        e.x += 3;
        e.x -= 2;
        e.x *= 4;
        count++;
        --count;
        count += 5;
        y = count++;
        y = --count;
        i += 1; i -= 1; i += 127; i += 128; i -= 128; i -= 129; i += 32767; i += 32768; i -= 32768; i -= 32769;
        i *= 3; i /= 2; i %= 5;
        int a, b, c;
        a = b = c = 7;
        y = (i += 2);
        y = (i = 3) + (e.x = 4);
        e.x = count = a;
        System.out.println(z + " " + i + " " + y + " " + a + " " + b + " " + c + " " + count + " " + e.x);
    }
}
