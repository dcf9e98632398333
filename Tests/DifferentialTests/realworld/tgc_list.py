# Source: CPython Lib/test/test_gc.py, GCTests.test_list
# What: a list that contains itself is one unreachable object once its name goes.
import gc

l = []
l.append(l)
gc.collect()
del l
print(gc.collect())
