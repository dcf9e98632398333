# gc counts around sets: a set is a GC allocation (2.7 takes its free list
# first, startup left two on it), set(iterable) draws through an iterator,
# a for loop makes a set iterator, tables past 8 slots are PyMem blocks;
# sys.getrefcount of elements (one reference per set holding them).
import gc
import sys
class C(object):
    pass
o = C()
gc.disable()
gc.collect()
print(gc.get_count())
a = set()
print(gc.get_count())
b = set()
c = set()
d = set()
e = set()
print(gc.get_count())
f = set([1, 2, 3])
print(gc.get_count())
g = {1, 2}
print(gc.get_count())
h = {1, 2, 3}
print(gc.get_count())
del a, b, c
print(gc.get_count())
for x in f:
    pass
print(gc.get_count())
big = set(range(100))
print(gc.get_count(), len(big))
big.clear()
print(gc.get_count())
print(sys.getrefcount(o))
s1 = {o}
s2 = set([o])
print(sys.getrefcount(o))
s1.discard(o)
print(sys.getrefcount(o))
del s2
print(sys.getrefcount(o), gc.get_count())
print(gc.is_tracked(set()), gc.is_tracked(frozenset([1])))
