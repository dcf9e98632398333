# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_callback_in_cycle_1
# What: a weakref whose callback is a bound method of an object in the same trash cycle.
import gc
import weakref

class J(object):
    pass

class II(object):
    def acallback(self, ignore):
        self.J

I = II()
I.J = J
I.wr = weakref.ref(J, I.acallback)

del I, J, II
print(gc.collect() > 0)
