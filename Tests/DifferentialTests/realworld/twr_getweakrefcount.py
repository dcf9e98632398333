# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_getweakrefcount
# What: getweakrefcount counts references and proxies, and drops to 0 as they go.
import weakref

class C:
    pass

def callback(r):
    pass

o = C()
ref1 = weakref.ref(o)
ref2 = weakref.ref(o, callback)
print(weakref.getweakrefcount(o))
proxy1 = weakref.proxy(o)
proxy2 = weakref.proxy(o, callback)
print(weakref.getweakrefcount(o))
del ref1, ref2, proxy1, proxy2
print(weakref.getweakrefcount(o))
print(weakref.getweakrefcount(1))
