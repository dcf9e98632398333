# Source: objgraph documentation (Marius Gedminas), "Quick start": finding what keeps objects alive (adapted without objgraph: count instances via gc.get_objects)
# What: counting live instances of a class before and after a leak-like cache fills.
import gc

class MyBigFatObject(object):
    pass

def computate_something(_cache={}):
    _cache[42] = dict(foo=MyBigFatObject(), bar=MyBigFatObject())
    x = MyBigFatObject()

def count(typ):
    n = 0
    for o in gc.get_objects():
        if type(o) is typ:
            n = n + 1
    return n

print(count(MyBigFatObject))
computate_something()
print(count(MyBigFatObject))
computate_something()
print(count(MyBigFatObject))
