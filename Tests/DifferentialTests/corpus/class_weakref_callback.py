# A class is a cycle (its __mro__ holds it, its __dict__ descriptors point
# back): `del` alone does not free it, a collection does, and then a weak
# reference's callback on it runs.
import gc, weakref

class A(object):
    def method(self):
        pass

def gone(r):
    print('class gone')

def main():
    r = weakref.ref(A, gone)
    print(r() is A)
    return r

r = main()
del A
print(r() is None)
print(gc.collect())
print(r() is None)
