# Source: CPython Lib/test/test_finalization.py, SimpleFinalizationTest.test_simple
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: a lone object with __del__: finalized and freed by refcounting, the collector finds nothing.
import gc
import weakref

class Simple:
    del_calls = []
    def __init__(self):
        self.id_ = id(self)
    def __del__(self):
        Simple.del_calls.append(self.id_)

gc.collect()
s = Simple()
ids = [id(s)]
wr = weakref.ref(s)
del s
print(gc.collect())
print(Simple.del_calls == ids)
print(wr() is None)
print(gc.garbage)
