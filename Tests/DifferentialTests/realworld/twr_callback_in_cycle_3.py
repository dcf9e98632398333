# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_callback_in_cycle_3
# What: two objects in a trash cycle, one holding a weakref to the other with a callback that reaches it.
import gc
import weakref

class C:
    def cb(self, ignore):
        self.me
        self.c1
        self.wr

c1, c2 = C(), C()

c2.me = c2
c2.c1 = c1
c2.wr = weakref.ref(c1, c2.cb)

del c1, c2
print(gc.collect())
