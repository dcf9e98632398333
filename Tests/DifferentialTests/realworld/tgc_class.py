# Source: CPython Lib/test/test_gc.py, GCTests.test_class
# What: a class that refers to itself; after del, the collector finds the class and its parts.
import gc

class A:
    pass

A.a = A
gc.collect()
del A
print(gc.collect())
