# Source: CPython Lib/test/test_gc.py, GCTests.test_legacy_finalizer (2.7: test_finalizer)
# What: a cycle through an instance with __del__: 2.7 parks it in gc.garbage, 3.x (PEP 442) frees it.
import gc

class A:
    def __del__(self):
        pass

class B:
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
print(len(gc.garbage))
