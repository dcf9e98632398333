# gc.get_referrers / gc.get_referents on small structures (lengths and identities only)
import gc

class Obj(object):
    pass

a = Obj()
b = Obj()
a.t = b
l = [b, b, 5]
d = {'k': b}
refs = gc.get_referrers(b)
print(len(refs))
print(l in refs)
print(a in refs)
r = gc.get_referents(l)
print(len(r))
print(r[0] is b)
print(len(gc.get_referents(d)))
print(len(gc.get_referents(a)))
print(gc.get_referents(5))
print(len(gc.get_referents(l, d)))
t = (b, 1)
print(len(gc.get_referents(t)))
print(len(gc.get_referrers(l)))
