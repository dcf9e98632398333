# Source: CPython Lib/test/test_gc.py, GCTests.test_instance
# What: an instance that points at itself through its __dict__.
import gc

class A:
    pass

a = A()
a.a = a
gc.collect()
del a
print(gc.collect())
