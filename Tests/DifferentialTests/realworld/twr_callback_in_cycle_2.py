# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_callback_in_cycle_2
# What: an old-style (2.7) or plain (3.x) instance whose weakref callback is its own bound method, all in trash.
import gc
import weakref

class J(object):
    pass

class II:
    def acallback(self, ignore):
        self.J

I = II()
I.J = J
I.wr = weakref.ref(J, I.acallback)

del I, J, II
print(gc.collect() > 0)
