# Source: CPython Lib/test/test_gc.py, GCTests.test_resurrection_only_happens_once_per_object
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: PEP 442 runs a resurrecting __del__ once; the resurrected cycle is then collected for good.
import gc

class A:
    def __init__(self):
        self.me = self
        self.count = 0

    def __del__(self):
        global resurrected
        resurrected = self
        self.count = self.count + 1

gc.collect()
a = A()
del a
print(gc.collect())
print(resurrected.count)
resurrected = None
print(gc.collect())
