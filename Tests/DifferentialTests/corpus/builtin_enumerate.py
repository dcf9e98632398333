# enumerate: one object holding the list's iterator and a result tuple made
# up front, refilled in place while only the enumerate holds it; a new
# tuple when something keeps the previous one; start=; list(enumerate(...));
# gc counts and refcounts along the way.
import gc, sys

class Item(object):
    pass

def main():
    gc.disable()
    items = [Item(), Item(), Item()]
    gc.get_count()
    before = gc.get_count()[0]
    for i, item in enumerate(items):
        pass
    after = gc.get_count()[0]
    print(i, after - before, sys.getrefcount(items[0]))
    kept = []
    for pair in enumerate(['a', 'b']):
        kept.append(pair)
    print(kept, kept[0] is kept[1])
    e = enumerate(items)
    print(type(e).__name__, sys.getrefcount(items))
    first = list(e)
    print(len(first), first[0][0], first[2][0])
    for n, ch in enumerate('xyz', 5):
        print(n, ch)
    print(list(enumerate((10, 20))), list(enumerate([])))
    gc.enable()

main()
