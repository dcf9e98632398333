# a weakref with callback stored inside the garbage cycle: the callback is not called
import gc
import weakref

class Node(object):
    pass

def cb(w):
    print('callback')

gc.collect()
a = Node()
b = Node()
a.t = b
b.t = a
a.w = weakref.ref(b, cb)
del a, b
print(gc.collect())
x = Node()
x.me = x
x.w = weakref.ref(x)
wx = weakref.ref(x, cb)
del x
print(gc.collect())
print(wx())
