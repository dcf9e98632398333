#: profiles: cpython3.11, cpython3.12, cpython3.13
# zip (3.x): a tuple of iterators and a result tuple made up front,
# refilled in place while only the zip holds it, a new tuple otherwise;
# the shortest argument ends it; list(zip(...)); gc counts around a loop.
import gc, sys

class P(object):
    pass

def main():
    gc.disable()
    xs = [P(), P(), P()]
    ys = ['a', 'b']
    gc.get_count()
    before = gc.get_count()[0]
    for x, y in zip(xs, ys):
        pass
    after = gc.get_count()[0]
    print(y, after - before, sys.getrefcount(xs[1]))
    kept = []
    for pair in zip([1, 2], 'xy'):
        kept.append(pair)
    print(kept, kept[0] is kept[1])
    print(list(zip()), list(zip([1, 2, 3])), list(zip((1, 2), [3, 4], 'ab')))
    z = zip(xs)
    print(type(z).__name__, sys.getrefcount(xs))
    print(len(list(z)), list(z))
    gc.enable()

main()
