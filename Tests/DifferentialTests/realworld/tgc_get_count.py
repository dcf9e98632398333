# Source: CPython Lib/test/test_gc.py, GCTests.test_get_count
# What: a fresh container raises the youngest generation's count by one after a collection.
import gc

gc.collect()
a, b, c = gc.get_count()
x = []
d, e, f = gc.get_count()
print((a, b, c))
print((d, e, f))
print(d > a)
