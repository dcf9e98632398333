# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_callback_reachable_one_way neighbour / weakref docs: "Exceptions raised by the callback will be noted on the standard error output, but cannot be propagated"
# What: an exception in a weakref callback is printed and ignored.
import weakref

class C(object):
    pass

def bad_callback(ref):
    raise ValueError("from callback")

c = C()
r = weakref.ref(c, bad_callback)
del c
print("continued")
