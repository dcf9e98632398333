// if/else chains, && and ||, comparisons with 0 and null, empty branches,
// constant conditions that javac prunes.
public class Branches {
    static int s;

    static int classify(Node2 a, Node2 b, int n) {
        if (null == a) return 1;
        if (a == b) { return 2; } else if (a != null) { return 3; } else { }
        if (n == 0) return 4;
        if (0 == n) return 5;
        if (n > 0 && n < 10 || n == -1) return 6;
        if (!(n >= 100) && !(n <= -100)) { s = 1; } else { s = 2; }
        if (s < 0) { } else { s = 1; }
        if (s < 0) { s = 2; } else { }
        if (1 < 2) s = 3;
        if (2 < 1) s = 4;
        if (true && n > 1) s = 5;
        if (false || n > 2) s = 6;
        if (n > 3 && true) s = 7;
        return s > 3 ? 5 : 6;
    }

    public static void main(String[] args) {
        Node2 n = new Node2();
        System.out.println(classify(n, n, 0));
        System.out.println(classify(null, n, 0));
        System.out.println(classify(n, null, 7));
        System.out.println(classify(new Node2(), n, -1));
    }
}

class Node2 {
    Node2 other;
}
