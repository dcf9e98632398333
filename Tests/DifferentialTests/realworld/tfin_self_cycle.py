# Source: CPython Lib/test/test_finalization.py, SelfCycleFinalizationTest.test_simple
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: an object with __del__ referring to itself is finalized and collected in one pass.
import gc
import weakref

del_calls = []

class SelfCycle:
    def __init__(self):
        self.ref = self
        self.id_ = id(self)
    def __del__(self):
        del_calls.append(self.id_)

gc.collect()
s = SelfCycle()
ids = [id(s)]
wr = weakref.ref(s)
del s
print(gc.collect())
print(del_calls == ids)
print(wr() is None)
