# Source: CPython Lib/test/test_gc.py, GCTests.test_legacy_finalizer_newclass (2.7: test_finalizer_newclass)
# What: the same finalizer cycle with new-style classes.
import gc

class A(object):
    def __del__(self):
        pass

class B(object):
    pass

a = A()
a.a = a
id_a = id(a)
b = B()
b.b = b
gc.collect()
del a
del b
print(gc.collect())
found = False
for obj in gc.garbage:
    if id(obj) == id_a:
        found = True
        del obj.a
print(found)
