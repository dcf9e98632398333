#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
# Weak references to bound methods: a.f makes a new method object each time, so a weakref to it dies at once (its callback runs); one kept in a name lives while the name does; the method's repr in the weakref's, and counts
import weakref, sys, gc

class A(object):
    def f(self):
        return "f"

def gone(r):
    print("method gone", r() is None)

a = A()
r = weakref.ref(a.f, gone)
print(r())
m = a.f
r2 = weakref.ref(m, gone)
print(r2() is m, r2() == m, sys.getrefcount(a))
print(repr(r2).split(";")[1].split(" at ")[0], repr(r2).endswith("(f)>"))
print(weakref.getweakrefcount(m))
del m
print(r2(), sys.getrefcount(a))
gc.collect()
before = gc.get_count()
for i in range(3):
    weakref.ref(a.f)
print(gc.get_count()[0] - before[0])
