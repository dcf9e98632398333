// A binary tree built recursively: each node is held once, by its
// parent's field; dropping a subtree frees it whole (the Free cascade
// through two fields). Parent pointers make every child a cycle with its
// parent, so the tree with parents leaks when the root is dropped.
public class Tree {
    Tree left;
    Tree right;
    Tree parent;
    int depth;

    static int made;

    static Tree build(int depth, Tree parent, boolean withParents) {
        Tree t = new Tree();
        made++;
        t.depth = depth;
        if (withParents) t.parent = parent;
        if (depth > 0) {
            t.left = build(depth - 1, t, withParents);
            t.right = build(depth - 1, t, withParents);
        }
        return t;
    }

    static int count(Tree t) {
        if (t == null) return 0;
        return 1 + count(t.left) + count(t.right);
    }

    public static void main(String[] args) {
        Tree root = build(4, null, false);
        System.out.println("made " + made + ", counted " + count(root));
        root.left = null;
        System.out.println("left subtree dropped: " + count(root) + " left");
        root = null;
        Tree withParents = build(2, null, true);
        System.out.println("with parents: " + count(withParents));
        withParents.right.left = null;
        withParents = null;
        System.out.println("made " + made);
    }
}
