# Source: CPython Lib/test/test_gc.py, GCTests.test_bug1055820b
# What: a weakref callback on an object in trash must not see a half-cleared cycle.
import gc
import weakref

class C1055820(object):
    def __init__(self, i):
        self.i = i
        self.loop = self

ouch = []

def callback(ignored):
    ouch[:] = [wr() for wr in WRs]

Cs = [C1055820(i) for i in range(2)]
WRs = [weakref.ref(c, callback) for c in Cs]
c = None

gc.collect()
print(len(ouch))
Cs = None
gc.collect()
print(len(ouch))
for x in ouch:
    print(x is None)
