# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_basic_callback / check_basic_callback
# What: the callback runs once, with the dead reference, when the referent is freed.
import weakref

class C:
    pass

cbcalled = [0]

def callback(ref):
    cbcalled[0] = cbcalled[0] + 1

o = C()
ref1 = weakref.ref(o, callback)
del o
print(ref1() is None)
print(cbcalled[0])
