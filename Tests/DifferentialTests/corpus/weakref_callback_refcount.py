# weakref callbacks on refcount death, several refs to one object, and the order against __del__
import weakref

class Obj(object):
    def __init__(self, name):
        self.name = name

class WithDel(object):
    def __del__(self):
        print('__del__')

def cb(w):
    print('callback, referent %s' % (w() is None))

def cb2(w):
    print('callback 2')

a = Obj('a')
w1 = weakref.ref(a, cb)
w2 = weakref.ref(a, cb2)
print(w1 is w2)
del a
print('--')
b = WithDel()
wb = weakref.ref(b, cb)
del b
print('--')
c = Obj('c')
wc = weakref.ref(c, cb)
del wc
del c
print('end')
