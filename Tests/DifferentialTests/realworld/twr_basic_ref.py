# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_basic_ref
# What: a weak reference returns its object while it lives, then None; its repr names it either way.
import weakref

class C:
    def method(self):
        pass

o = C()
ref = weakref.ref(o)
print(repr(ref))
print(ref() is o)
del o
print(ref() is None)
print(repr(ref))
