# sys.getrefcount of a fresh new-style object: global, alias, local, rebinding, del
import sys

class Obj(object):
    pass

g = Obj()
print(sys.getrefcount(g))
h = g
print(sys.getrefcount(g))
k = h
print(sys.getrefcount(g))
del h
print(sys.getrefcount(g))
k = 24
print(sys.getrefcount(g))

def local_only():
    o = Obj()
    print(sys.getrefcount(o))
    p = o
    print(sys.getrefcount(o))
    q = [o]
    print(sys.getrefcount(o))
    del q
    print(sys.getrefcount(p))

def uses_global():
    print(sys.getrefcount(g))
    loc = g
    print(sys.getrefcount(g))

local_only()
uses_global()
print(sys.getrefcount(g))
