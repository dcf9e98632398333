# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_shared_ref_without_callback
# What: plain weak references to one object are shared; ones with callbacks are not.
import weakref

class C:
    pass

o = C()
ref1 = weakref.ref(o)
ref2 = weakref.ref(o)
print(ref1 is ref2)
ref3 = weakref.ref(o, lambda r: None)
print(ref3 is ref1)
print(weakref.getweakrefcount(o))
del ref1, ref2
print(weakref.getweakrefcount(o))
