# Source: CPython Lib/test/test_gc.py, GCTests.test_newinstance
# What: self-referencing new-style instances, including ones whose class derives from list.
import gc

class A(object):
    pass

a = A()
a.a = a
gc.collect()
del a
print(gc.collect())

class B(list):
    pass

class C(B, A):
    pass

a = C()
a.a = a
gc.collect()
del a
print(gc.collect())
del B, C
print(gc.collect())
A.a = A()
del A
print(gc.collect())
print(gc.collect())
