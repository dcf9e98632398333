#: profiles: cpython2.7
# sys.getrefcount of old-style instances, classes and bound methods (2.7 only)
import sys

class Old:
    def meth(self):
        return sys.getrefcount(self)

def callee(p):
    return sys.getrefcount(p)

o = Old()
print(sys.getrefcount(o))
print(callee(o))
print(o.meth())
bm = o.meth
print(sys.getrefcount(o))
print(bm())
del bm
print(sys.getrefcount(o))
print(sys.getrefcount(o.__dict__))
print sys.getrefcount(o)
print 'refs', sys.getrefcount(o), callee(o)
