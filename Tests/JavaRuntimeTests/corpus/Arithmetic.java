// int arithmetic as the JVM does it: wrap-around at 32 bits, division
// truncating toward zero, the remainder taking the dividend's sign,
// MIN_VALUE / -1, booleans printed and concatenated as true/false.
public class Arithmetic {
    static int square(int x) { return x * x; }

    public static void main(String[] args) {
        int big = 2147483647;
        int min = -2147483648;
        System.out.println(big + 1);
        System.out.println(min - 1);
        System.out.println(square(65536));
        System.out.println(min / -1);
        System.out.println(min % -1);
        System.out.println(-7 / 2 + " " + -7 % 2 + " " + 7 % -2 + " " + -(-7 / -2));
        int i = 0;
        i += 1000000;
        i *= 3000;
        System.out.println(i);
        boolean t = i < 0;
        System.out.println(t);
        System.out.println("t=" + t + ", not t=" + !t + ", " + (i == 0) + ", " + 12 + 3);
        System.out.print("no newline, ");
        System.out.print(42);
        System.out.print(false);
        System.out.println();
        System.out.println("" + null + " " + true);
    }
}
