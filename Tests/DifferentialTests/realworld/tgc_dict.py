# Source: CPython Lib/test/test_gc.py, GCTests.test_dict
# What: a dict that holds itself as a value is collected as one object.
import gc

d = {}
d[1] = d
gc.collect()
del d
print(gc.collect())
