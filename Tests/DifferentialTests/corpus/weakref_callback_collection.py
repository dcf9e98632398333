# weakref callbacks when a collection frees a cycle; callback runs before gc.collect() returns
import gc
import weakref

class Node(object):
    pass

class DelNode(object):
    def __del__(self):
        print('__del__')

def cb(w):
    print('callback, dead %s' % (w() is None))

gc.collect()
a = Node()
b = Node()
a.t = b
b.t = a
w = weakref.ref(a, cb)
del a, b
print('collect')
print(gc.collect())
print(w() is None)
c = DelNode()
d = DelNode()
c.t = d
d.t = c
wc = weakref.ref(c, cb)
del c, d
print('collect 2')
print(gc.collect())
print(wc() is None)
for g in gc.garbage:
    g.t = None
del gc.garbage[:]
print('end')
