# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_ref_created_during_del
# What: a __del__ that makes a weak reference to self: the reference is dead right after.
import weakref

class Target(object):
    def __del__(self):
        global ref_from_del
        ref_from_del = weakref.ref(self)

w = Target()
del w
print(ref_from_del() is None)
