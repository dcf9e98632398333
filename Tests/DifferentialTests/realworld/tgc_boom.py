# Source: CPython Lib/test/test_gc.py, GCTests.test_boom (class Boom)
# What: a __getattr__ that breaks the cycle while the collector asks about __del__.
import gc

class Boom:
    def __getattr__(self, someattribute):
        del self.attr
        raise AttributeError

a = Boom()
b = Boom()
a.attr = b
b.attr = a

gc.collect()
garbagelen = len(gc.garbage)
del a, b
print(gc.collect())
print(len(gc.garbage) - garbagelen)
