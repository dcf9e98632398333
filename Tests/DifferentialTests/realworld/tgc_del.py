# Source: CPython Lib/test/test_gc.py, GCTests.test_del
# What: a __del__ that allocates can itself trigger a collection when the threshold is 1.
import gc

thresholds = gc.get_threshold()
gc.enable()
gc.set_threshold(1)

class A:
    def __del__(self):
        dir(self)

a = A()
del a

gc.disable()
gc.set_threshold(*thresholds)
print(gc.get_threshold())
