# user iterators: __iter__ returning self with __next__ (2.7: next), or
# another iterator; for loops, list(), next() with and without a default,
# `in` through __contains__, the StopIteration that ends each, and counts
import gc
import sys

class Countdown(object):
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        print('iter rc %d' % sys.getrefcount(self))
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
    next = __next__

class Bag(object):
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)

for i in Countdown(3):
    print(i)
print(list(Countdown(2)))
c = Countdown(1)
print(next(c))
print(next(c, 'done'))
try:
    next(c)
except StopIteration:
    print('StopIteration from next()')
print(sys.getrefcount(c))
b = Bag('x', 'y')
for item in b:
    print(item)
print(sorted(b))
print(sum(Countdown(4)))
print(max(Countdown(5)))
gc.collect()
gc.disable()
before = gc.get_count()[0]
for i in Countdown(3):
    pass
print(gc.get_count()[0] - before)
x, y = Countdown(2)
print(x, y)

class Broken(object):
    def __iter__(self):
        return 42

try:
    iter(Broken())
except TypeError as e:
    print('TypeError %s' % e)
try:
    for z in Broken():
        pass
except TypeError as e:
    print('TypeError %s' % e)
