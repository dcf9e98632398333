# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_multiple_callbacks
# What: two references with callbacks to one object: both callbacks run when it dies.
import weakref

class C:
    pass

cbcalled = [0]

def callback(ref):
    cbcalled[0] = cbcalled[0] + 1

o = C()
ref1 = weakref.ref(o, callback)
ref2 = weakref.ref(o, callback)
print(ref1 is ref2)
del o
print(ref1() is None)
print(ref2() is None)
print(cbcalled[0])
