# Source: CPython Lib/test/test_gc.py, GCTests.test_bug21435
# What: a __del__ that touches a cycle partner which the collector has already cleared.
import gc

class A(object):
    pass

class B(object):
    def __init__(self, x):
        self.x = x

    def clear(self):
        self.x = None

    def __del__(self):
        self.clear()

gc.collect()
a = A()
b = B(A())
a.a = a
a.b = b
b.b = b
a = None
b = None
gc.collect()
print("no crash")
print(len(gc.garbage))
