# Source: Python docs, library/weakref.rst, "Finalizer Objects" (atexit = True)
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: a finalizer still alive at exit runs then, unless its atexit is False.
import weakref

class Object:
    pass

obj = Object()
weakref.finalize(obj, print, "obj dead or exiting")
other = Object()
f = weakref.finalize(other, print, "never printed")
f.atexit = False
print("exiting")
