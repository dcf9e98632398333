# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_proxy_ref
# What: a proxy forwards attribute access; once the referent is gone it raises ReferenceError.
import weakref

class C:
    pass

o = C()
o.bar = 1
ref1 = weakref.proxy(o)
ref2 = weakref.proxy(o)
print(ref1.bar)
del o
try:
    ref1.bar
except ReferenceError:
    print("ReferenceError")
try:
    ref2.bar
except ReferenceError:
    print("ReferenceError again")
