// javac's local slots: handed out in order, given back at the end of each
// block, so sibling blocks, loop bodies and branches reuse them; a local
// declared after a block takes the block's first slot.
public class SlotReuse {
    static SlotReuse keep;

    public static void main(String[] args) {
        int a = 1;
        {
            SlotReuse x = new SlotReuse();
            int y = 2;
            keep = x;
        }
        {
            int p = 3;
            SlotReuse q = new SlotReuse();
            {
                int deep = p;
                keep = q;
            }
            int after = p;
        }
        if (a > 0) {
            SlotReuse inThen = new SlotReuse();
            keep = inThen;
        } else {
            int inElse = 4;
            a = inElse;
        }
        for (int i = 0; i < 2; i++) {
            SlotReuse body = new SlotReuse();
            int j = i;
        }
        while (a < 5) {
            int w = a;
            a = w + 1;
        }
        SlotReuse later = new SlotReuse();
        int last = a;
        System.out.println(a + " " + last + " " + (later != null));
    }

    void instance(int p1, SlotReuse p2) {
        int local = p1;
        { int shadowFree = local; }
        SlotReuse other = p2;
    }
}
