# Source: CPython Lib/test/test_gc.py, GCTests.test_bug1055820d (class D with a __del__ that reads a weakref)
# What: a __del__ reachable from cyclic trash must see the weakref to other trash already cleared.
import gc
import weakref

class C1055820(object):
    def __init__(self, i):
        self.i = i
        self.loop = self

ouch = []

class D(C1055820):
    def __del__(self):
        ouch[:] = [c_wr()]

d0 = D(0)
gc.collect()

c1 = C1055820(1)
c1.keep_d0_alive = d0
del d0.loop

c2 = C1055820(2)
c_wr = weakref.ref(c2)

d0 = c1 = c2 = None
gc.collect()
print(len(ouch))
for x in ouch:
    print(x is None)
