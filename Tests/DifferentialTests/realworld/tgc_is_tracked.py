# Source: CPython Lib/test/test_gc.py, GCTests.test_is_tracked
# What: atomic objects are never tracked; containers are, except dicts and tuples holding only atoms.
import gc

print(gc.is_tracked(None))
print(gc.is_tracked(1))
print(gc.is_tracked(1.0))
print(gc.is_tracked("a"))
print(gc.is_tracked(bytearray()))
print(gc.is_tracked(type))
print(gc.is_tracked(int))
print(gc.is_tracked(object))
print(gc.is_tracked(object()))

class UserClass:
    pass

class UserInt(int):
    pass

print(gc.is_tracked(gc))
print(gc.is_tracked(UserClass))
print(gc.is_tracked(UserClass()))
print(gc.is_tracked(UserInt()))
print(gc.is_tracked([]))
print(gc.is_tracked(set()))
