# Source: Python docs, library/weakref.rst ("several built-in types such as list and dict do not directly support weak references but can add support through subclassing")
# What: a weak reference to a dict subclass instance.
import weakref

class Dict(dict):
    pass

obj = Dict(red=1, green=2, blue=3)
r = weakref.ref(obj)
print(r() is obj)
try:
    weakref.ref({})
except TypeError:
    print("TypeError for a plain dict")
del obj
print(r())
