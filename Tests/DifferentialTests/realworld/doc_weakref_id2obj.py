# Source: Python docs, library/weakref.rst, "Example" (id2obj with a WeakValueDictionary)
# What: a registry of objects by id that lets them die.
import weakref

_id2obj_dict = weakref.WeakValueDictionary()

def remember(obj):
    oid = id(obj)
    _id2obj_dict[oid] = obj
    return oid

def id2obj(oid):
    return _id2obj_dict[oid]

class Thing(object):
    pass

t = Thing()
oid = remember(t)
print(id2obj(oid) is t)
del t
try:
    id2obj(oid)
except KeyError:
    print("forgotten")
