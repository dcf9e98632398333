# sys.getrefcount of loop variables: for over a list literal, a list name, a tuple, a dict
import sys

class Obj(object):
    pass

g = Obj()
for x in [g]:
    print(sys.getrefcount(g))
print(sys.getrefcount(g))
lst = [g, g]
for x in lst:
    print(sys.getrefcount(g))
print(sys.getrefcount(g))
for x in (g,):
    print(sys.getrefcount(g))
print(sys.getrefcount(g))
d = {'k': g}
for key in d:
    print(sys.getrefcount(d[key]))
del x

def in_function(p):
    for y in [p]:
        print('f %d' % sys.getrefcount(p))
    for y in [p, p]:
        print('f %d' % sys.getrefcount(p))
    print('f %d' % sys.getrefcount(p))

in_function(g)
print(sys.getrefcount(g))
