# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_classes
# What: weak references to classes, with a callback that runs when the class is collected.
import gc
import weakref

class A(object):
    pass

l = []
weakref.ref(int)
a = weakref.ref(A, l.append)
A = None
gc.collect()
print(a() is None)
print(l == [a])
