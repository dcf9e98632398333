# Source: CPython Lib/test/test_gc.py, GCTests.test_tuple
# What: tuples are immutable, so the cycle is closed through a list: two objects.
import gc

l = []
t = (l,)
l.append(t)
gc.collect()
del t
del l
print(gc.collect())
