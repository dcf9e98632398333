# sys.getrefcount inside callees: argument from a name, from a temporary, nested calls, defaults
import sys

class Obj(object):
    pass

def callee(p):
    print('callee %d' % sys.getrefcount(p))

def outer(p):
    print('outer %d' % sys.getrefcount(p))
    inner(p)
    print('outer again %d' % sys.getrefcount(p))

def inner(q):
    print('inner %d' % sys.getrefcount(q))

def two(p, q):
    print('two %d %d' % (sys.getrefcount(p), sys.getrefcount(q)))

def returns(p):
    return p

g = Obj()
callee(g)
callee(Obj())
outer(g)
outer(Obj())
two(g, g)
two(g, Obj())
print(sys.getrefcount(returns(g)))
r = returns(g)
print(sys.getrefcount(g))
print(sys.getrefcount(returns(Obj())))
