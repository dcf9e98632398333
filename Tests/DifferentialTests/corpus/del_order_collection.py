# __del__ order when a collection frees cycles (3.x runs them; 2.7 leaves them in gc.garbage)
import gc

class D(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del %s' % self.name)

gc.collect()
a = D('a')
b = D('b')
c = D('c')
a.t = b
b.t = c
c.t = a
x = D('x')
y = D('y')
x.t = y
y.t = x
del a, b, c, x, y
print(gc.collect())
print(len(gc.garbage))
for g in gc.garbage:
    g.t = None
del gc.garbage[:]
print('end')
