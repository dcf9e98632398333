# Source: CPython Lib/test/test_gc.py, GCTests.test_collect_generations
# What: collecting generation 0, 1, 2 in turn moves the count into the next generation.
import gc

gc.collect()
x = []
gc.collect(0)
a, b, c = gc.get_count()
print((a, b, c))
gc.collect(1)
a, b, c = gc.get_count()
print((a, b, c))
gc.collect(2)
a, b, c = gc.get_count()
print((a, b, c))
