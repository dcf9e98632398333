# Generator expressions: a <genexpr> generator function of their own (in 2.7
# too, unlike list comprehensions), called with the first iterable's
# iterator; the element of each turn is yielded; the builtins that drain
# an iterator run them; a suspended one keeps its iterator (and so the
# items) alive until it is freed; gc counts around one.
import gc, sys
class Noisy(object):
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del %d' % self.n)
gc.disable()
items = [Noisy(i) for i in range(3)]
print(sum(x.n for x in items))
print(list(x.n * 2 for x in items if x.n))
g = (x for x in items)
print(type(g).__name__, repr(g).split(' at ')[0], sys.getrefcount(items[0]))
print(next(g).n, sys.getrefcount(items[0]))
del g
print(sys.getrefcount(items[0]))
print(max(i * j for i in range(3) for j in range(3) if i != j))
def evens(limit):
    return (n for n in range(limit) if n % 2 == 0)
print(list(evens(7)))
def gen_in_gen():
    squares = [k * k for k in range(3)]
    for s in squares:
        yield s
print(list(gen_in_gen()))
gc.collect()
c = [gc.get_count()]
total = sum(x.n for x in items)
c.append(gc.get_count())
print(c)
del items
print(any(True for _ in ()), all(v > 0 for v in [1, 2]))
