# callable, abs, any, all, min, max, sum, getattr, setattr, delattr: their
# results, the iterator each one that iterates makes (gc counts around
# them), what they hold (refcounts), and their errors.
import gc, sys

class Box(object):
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

def main():
    gc.disable()
    b = Box(3)
    print(callable(b), callable(Box), callable(b.get), callable(len), callable(3), callable('x'))
    print(abs(-5), abs(7), abs(-True), abs(0))
    print(any([0, '', None]), any([0, 2]), all([1, 'a']), all([1, 0]), any([]), all(()))
    print(min(3, 1, 2), max([4, 9, 2]), min('b', 'a'), max((1, 1)), min(['z']))
    print(sum([1, 2, 3]), sum((4, 5), 10), sum([]), sum([[1], [2]], []))
    items = [b, Box(4)]
    print(max(items[0].v, items[1].v), getattr(b, 'v'), getattr(b, 'w', 'none'))
    print(getattr(items, 'nope', None) is None, sys.getrefcount(getattr(b, 'get')))
    gc.get_count()
    before = gc.get_count()[0]
    t = sum([1, 2])
    u = any([0, 1])
    w = min([5, 6])
    after = gc.get_count()[0]
    print(t, u, w, after - before)
    setattr(b, 'w', items)
    print(b.w is items, sys.getrefcount(items))
    delattr(b, 'w')
    print(hasattr(b, 'w'), sys.getrefcount(items))
    m = max([b.v, 10]) if b else 0
    print(m)
    gc.enable()

def errors(kind):
    if kind == 0:
        return min([])
    if kind == 1:
        return sum(['a', 'b'], '')
    if kind == 2:
        return getattr(Box(1), 'nope')
    if kind == 3:
        return abs('x')
    return max()

main()
kind = 0
while kind < 5:
    print(kind)
    kind += 1
print(errors(0))
