# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_callback_in_cycle_4
# What: like cycle 3, but the class is in the cycle too (new-style classes hold their instances' type).
import gc
import weakref

class C(object):
    def cb(self, ignore):
        self.me
        self.c1
        self.wr

c1, c2 = C(), C()

c2.me = c2
c2.c1 = c1
c2.wr = weakref.ref(c1, c2.cb)

del c1, c2, C
print(gc.collect())
