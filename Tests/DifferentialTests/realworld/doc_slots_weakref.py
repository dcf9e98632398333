# Source: Python docs, reference/datamodel.rst, "__slots__" ("Without a __weakref__ variable for each instance, classes defining __slots__ do not support weak references to its instances")
# What: a slotted class needs '__weakref__' in its slots to be weakly referenced.
import weakref

class NoWeak(object):
    __slots__ = ('x',)

class Weak(object):
    __slots__ = ('x', '__weakref__')

try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError: %s" % e)
w = Weak()
r = weakref.ref(w)
print(r() is w)
del w
print(r())
