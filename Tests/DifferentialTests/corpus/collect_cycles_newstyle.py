# gc.collect() return values for cycles of new-style instances with and without __del__
import gc

class Plain(object):
    pass

class WithDel(object):
    def __del__(self):
        print('__del__ %s' % self.name)

gc.collect()
a = Plain()
b = Plain()
a.t = b
b.t = a
del a, b
print(gc.collect())
print(gc.garbage)
c = WithDel()
d = WithDel()
c.name = 'c'
d.name = 'd'
c.t = d
d.t = c
del c, d
print(gc.collect())
print(len(gc.garbage))
e = Plain()
e.me = e
del e
print(gc.collect())
print(gc.collect())
del gc.garbage[:]
