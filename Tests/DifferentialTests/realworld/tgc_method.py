# Source: CPython Lib/test/test_gc.py, GCTests.test_method
# What: an instance that stores its own bound __init__ makes a cycle through the bound method.
import gc

class A:
    def __init__(self):
        self.init = self.__init__

a = A()
gc.collect()
del a
print(gc.collect())
