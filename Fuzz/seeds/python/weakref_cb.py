import weakref
import gc


class A:
    pass


def cb(r):
    print('callback', r() is None)


a = A()
r = weakref.ref(a, cb)
print(r() is a)
del a
print(r())
x = [A()]
x.append(x)
w = weakref.ref(x[0])
del x
gc.collect()
print(w())
