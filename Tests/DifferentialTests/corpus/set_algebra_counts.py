# gc counts and refcounts around set algebra: copies (make_new_set), the
# VARARGS methods' argument tuples, iterators drawn from non-set operands,
# the temporary set issubset makes of a list, intersection_update's
# swapped bodies, a set comprehension's set and frame.
import gc
a = set(range(0, 20, 2))
b = set(range(0, 30, 3))
gc.disable()
gc.collect()
print(gc.get_count())
c = a | b
print(gc.get_count())
c = a & b
print(gc.get_count())
c = a.union([1], [2])
print(gc.get_count())
c.update([5])
print(gc.get_count())
c = a - b
print(gc.get_count())
c = a ^ b
print(gc.get_count())
c = a.symmetric_difference([1, 2])
print(gc.get_count())
r = a.issubset([1, 2])
print(gc.get_count())
c &= b
print(gc.get_count())
c = a.intersection(b, [1])
print(gc.get_count())
c = a.copy()
print(gc.get_count())
c = a.difference([4])
print(gc.get_count())
c = {i for i in range(5)}
print(gc.get_count())
for i in range(3):
    c.add(i * 100)
print(gc.get_count())
c = frozenset()
d = frozenset([])
print(gc.get_count(), c == d)
print(gc.get_count())
print(gc.get_count())
import sys
print(sys.getrefcount(a), sys.getrefcount(b))
