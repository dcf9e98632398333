# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_multiple_selfref_callbacks
# What: a callback that calls a weak reference while the referent is dying sees None.
import weakref

class C:
    pass

seen = []

def callback(object):
    seen.append(holder.ref())

class Holder:
    pass

holder = Holder()
c = C()
holder.ref = weakref.ref(c, callback)
ref1 = weakref.ref(c, callback)
del c
print(seen)
