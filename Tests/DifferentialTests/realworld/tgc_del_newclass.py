# Source: CPython Lib/test/test_gc.py, GCTests.test_del_newclass
# What: a new-style class whose __del__ looks itself over, freed with automatic collection at threshold 1.
import gc

thresholds = gc.get_threshold()
gc.enable()
gc.set_threshold(1)

class A(object):
    def __del__(self):
        print(type(self).__name__)

a = A()
del a
gc.disable()
gc.set_threshold(thresholds[0], thresholds[1], thresholds[2])
print(gc.get_threshold())
