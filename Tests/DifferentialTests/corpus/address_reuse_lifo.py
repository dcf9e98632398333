# address reuse by the allocator: free then create objects of the same kind (LIFO reuse of blocks)
class Obj(object):
    pass

a = Obj()
b = Obj()
c = Obj()
ia = hex(id(a))
ib = hex(id(b))
ic = hex(id(c))
print('%s %s %s' % (ia, ib, ic))
del b
d = Obj()
print(hex(id(d)) == ib)
del a
del c
e = Obj()
f = Obj()
print(hex(id(e)) == ic)
print(hex(id(f)) == ia)
print('%s %s' % (hex(id(e)), hex(id(f))))
g = Obj()
print(hex(id(g)))
