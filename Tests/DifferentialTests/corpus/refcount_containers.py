# sys.getrefcount with lists, tuples, dicts, attributes, and removal from them
import sys

class Obj(object):
    pass

g = Obj()
lst = [g, g]
print(sys.getrefcount(g))
tup = (g, g, g)
print(sys.getrefcount(g))
d = {'a': g, 'b': g}
print(sys.getrefcount(g))
h = Obj()
h.attr = g
print(sys.getrefcount(g))
print(sys.getrefcount(h))
del lst[0]
print(sys.getrefcount(g))
del d['a']
print(sys.getrefcount(g))
del tup
print(sys.getrefcount(g))
lst[0] = None
print(sys.getrefcount(g))
del h.attr
print(sys.getrefcount(g))
nested = [[g], (g,), {'k': [g]}]
print(sys.getrefcount(g))
del nested
print(sys.getrefcount(g))
print(sys.getrefcount(lst))
