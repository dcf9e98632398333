# weakref.ref to a live and to a dead object; the same ref object is reused when no callback is given
import weakref

class Obj(object):
    pass

o = Obj()
w = weakref.ref(o)
print(w() is o)
w2 = weakref.ref(o)
print(w is w2)
print(weakref.ref(o) is w)
del o
print(w() is None)
print(w2() is None)
p = Obj()
wp = weakref.ref(p)
q = wp()
del p
print(wp() is q)
del q
print(wp())
