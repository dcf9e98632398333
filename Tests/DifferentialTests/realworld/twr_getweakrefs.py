# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_getweakrefs
# What: getweakrefs lists the live references to an object, in order, and forgets deleted ones.
import weakref

class C:
    pass

def callback(r):
    pass

o = C()
ref1 = weakref.ref(o, callback)
ref2 = weakref.ref(o, callback)
del ref1
print(weakref.getweakrefs(o) == [ref2])

o = C()
ref1 = weakref.ref(o, callback)
ref2 = weakref.ref(o, callback)
del ref2
print(weakref.getweakrefs(o) == [ref1])
del ref1
print(weakref.getweakrefs(o))
print(weakref.getweakrefs(1))
