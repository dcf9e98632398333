#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
# __getattr__ on new-style classes: called only when the ordinary lookup fails (slot_tp_getattr_hook), through LOAD_ATTR, getattr() with or without a default and hasattr(); self's count inside (3.11 binds the method first, 3.12 does not, 2.7 adds its argument tuples); gc counts of lazy attributes
import sys, gc

class Lazy(object):
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        print("getattr", name, sys.getrefcount(self))
        if name.startswith("computed"):
            value = [name]
            setattr(self, name, value) if False else None
            return value
        raise AttributeError(name)

z = Lazy()
print(z.real)
print(z.computed_a)
print(sys.getrefcount(z))
print(getattr(z, "computed_b"))
print(getattr(z, "nothing", "default"))
print(hasattr(z, "nothing"), hasattr(z, "computed_c"), hasattr(z, "real"))
try:
    z.nothing
except AttributeError as e:
    print("AttributeError", e)
gc.collect()
before = gc.get_count()
for i in range(3):
    v = z.computed_x
after = gc.get_count()
print(after[0] - before[0])
print(z.computed_m())
