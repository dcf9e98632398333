# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_callbacks_on_callback
# What: a callback whose own object dies with the referent still runs, in order.
import weakref

class C:
    pass

alist = []

def safe_callback(ignore):
    alist.append("safe_callback called")

class Holder:
    pass

c = C()
c.cbref = Holder()
c.cbref.wr = weakref.ref(c.cbref, safe_callback)
external_wr = weakref.ref(c, safe_callback)
del c
print(alist)
