# Source: Stack Overflow, "Why doesn't the weakref work on this bound method?" (answer: the bound method is a temporary)
# What: a weak reference to obj.method dies at once; the method's object lives on.
import weakref

class A(object):
    def f(self):
        return "f"

a = A()
r = weakref.ref(a.f)
print(r())
m = a.f
r2 = weakref.ref(m)
print(r2() is m)
del m
print(r2())
