# Source: Python docs, library/weakref.rst, "Finalizer Objects" (kenny)
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: weakref.finalize runs its callback once, when the object dies or when called.
import weakref

class Object:
    pass

kenny = Object()
weakref.finalize(kenny, print, "You killed Kenny!")
del kenny
def callback(x, y, z):
    print("CALLBACK")
    return x + y + z

obj = Object()
f = weakref.finalize(obj, callback, 1, 2, z=3)
print(f.alive)
print(f())
print(f.alive)
print(f())
del obj
