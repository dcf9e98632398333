#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
# object(): an untracked 16-byte object (a sentinel): its refcount, identity, type, repr and address reuse; no attributes, no weak references, no arguments
import sys, gc, weakref
s = object()
print(sys.getrefcount(s))
t = s
print(sys.getrefcount(s))
print(type(s) is object, isinstance(s, object), gc.is_tracked(s))
print(s == t, s != object(), s is t, bool(s))
print(repr(s)[:15])
print(sys.getsizeof(s))
d = {s: 1}
print(d[s], s in d)
print(sys.getrefcount(s))
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    weakref.ref(s)
except TypeError as e:
    print("TypeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
before = gc.get_count()
many = [object() for i in range(10)]
print(gc.get_count()[0] - before[0])
print(s.__class__)
print(str(s) == repr(s))
a = object()
first = id(a)
print(a)
del a
b = object()
print(id(b) == first, b)
sentinel = object()
def find(items, default=sentinel):
    for item in items:
        if item is not default:
            return item
    return default
print(find([sentinel, 3]), find([]) is sentinel, sys.getrefcount(sentinel))
