# Source: CPython Lib/test/test_finalization.py, SimpleFinalizationTest.test_simple_resurrect
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: a __del__ that stores self resurrects the object; its weak reference is still live.
import gc
import weakref

survivors = []

class SimpleResurrector:
    def __init__(self):
        self.id_ = id(self)
    def __del__(self):
        print("del_calls: %d" % 1)
        survivors.append(self)

s = SimpleResurrector()
ids = [id(s)]
wr = weakref.ref(s)
del s
gc.collect()
print([id(x) for x in survivors] == ids)
print(wr() is not None)
survivors[:] = []
gc.collect()
print(wr() is None)
