# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_ref_reuse / test_proxy_reuse
# What: a second plain reference is the first one again; one with a callback is new.
import weakref

class C:
    pass

o = C()
ref1 = weakref.ref(o)
proxy = weakref.ref(o, lambda r: None)
ref2 = weakref.ref(o)
print(ref1 is ref2)
print(proxy is ref1)
del proxy
ref3 = weakref.ref(o)
print(ref3 is ref1)
