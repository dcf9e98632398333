# Source: Python docs, library/weakref.rst, "Weak Reference Objects" (ExtendedRef subclass)
# What: a subclass of weakref.ref that counts calls and carries extra attributes.
import weakref

class ExtendedRef(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super(ExtendedRef, self).__init__(ob, callback)
        self.__counter = 0
        for k, v in annotations.items():
            setattr(self, k, v)

    def __call__(self):
        ob = super(ExtendedRef, self).__call__()
        if ob is not None:
            self.__counter += 1
            ob = (ob, self.__counter)
        return ob

class A(object):
    pass

a = A()
r = ExtendedRef(a, colour="red")
print(r()[1])
print(r()[1])
print(r.colour)
del a
print(r())
