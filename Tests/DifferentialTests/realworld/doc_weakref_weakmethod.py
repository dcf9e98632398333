# Source: Python docs, library/weakref.rst, weakref.WeakMethod example
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: a weak reference to a bound method that lives as long as its object.
import weakref

class C:
    def method(self):
        print("method called!")

c = C()
r = weakref.ref(c.method)
print(r())
r = weakref.WeakMethod(c.method)
r()()
del c
print(r())
