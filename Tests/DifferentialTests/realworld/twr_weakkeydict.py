# Source: CPython Lib/test/test_weakref.py, MappingTestCase.test_weak_keys
# What: a WeakKeyDictionary loses an entry when its key object dies.
import weakref

class Object:
    def __init__(self, arg):
        self.arg = arg

objects = [Object(i) for i in range(3)]
d = weakref.WeakKeyDictionary()
for o in objects:
    d[o] = o.arg
print(len(d))
del o
del objects[0]
print(len(d))
objects = None
print(len(d))
