# Source: Python docs, library/weakref.rst, "Example" (o, r = weakref.ref(o), o2 = r())
# What: calling the reference returns the object while it lives, None afterwards.
import weakref

class Object:
    pass

o = Object()
r = weakref.ref(o)
o2 = r()
print(o is o2)
del o, o2
print(r())
