# Source: CPython Lib/test/test_weakref.py, MappingTestCase.test_weak_values
# What: a WeakValueDictionary loses an entry as soon as its value dies.
import weakref

class Object:
    def __init__(self, arg):
        self.arg = arg
    def __repr__(self):
        return "<Object %r>" % self.arg

objects = [Object(i) for i in range(3)]
d = weakref.WeakValueDictionary()
for o in objects:
    d[o.arg] = o
print(len(d))
for o in objects:
    print(d[o.arg] is o)
del objects, o
print(len(d))
print(list(d.keys()))
