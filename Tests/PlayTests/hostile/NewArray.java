public class NewArray {
    static class Node { Node next; }
    public static void main(String[] args) {
        Node[] all = new Node[2147483647];
        System.out.println(all.length);
    }
}
