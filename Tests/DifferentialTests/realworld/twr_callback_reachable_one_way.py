# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_callback_reachable_one_way
# What: a weakref and its callback in trash, but the callback reachable from outside: it still runs.
import gc
import weakref

class C(object):
    pass

c = C()
c.c = c
callbacks = []

def cb(wr):
    callbacks.append(1)

c2 = C()
c2.wr = weakref.ref(c, cb)
c2.c = c2
del c, c2
gc.collect()
print(callbacks)
