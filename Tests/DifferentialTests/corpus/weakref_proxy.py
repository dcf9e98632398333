# weakref.proxy: a weakref object that stands for its referent. Attribute
# reads, stores and deletes, calls (a callable proxy), str and truth go to
# the referent; a callback-less proxy is shared, one with a callback is
# not; getweakrefcount counts proxies; the callback gets the proxy; once
# the referent is gone every use raises ReferenceError. 2.7 compares a
# proxy with anything but another proxy by identity, 3.x unwraps both.
import gc, sys, weakref

class Node(object):
    def __init__(self, name):
        self.name = name
        self.other = None
    def __str__(self):
        return 'Node(%s)' % self.name
    def __del__(self):
        print('del %s' % self.name)

class Adder:
    total = 0
    def __call__(self, n):
        self.total = self.total + n
        return self.total

def report(p):
    print('callback: %s' % type(p).__name__)

gc.disable()
a = Node('a')
p = weakref.proxy(a)
print(p is weakref.proxy(a), weakref.getweakrefcount(a), sys.getrefcount(p))
q = weakref.proxy(a, report)
r = weakref.ref(a)
print(q is p, weakref.getweakrefcount(a), gc.is_tracked(p))
print(p.name, q.name, str(p), '%s' % p)
p.extra = 1
print(a.extra, hasattr(a, 'extra'))
del p.extra
print(hasattr(a, 'extra'), bool(p), isinstance(p, Node), p.__class__.__name__)
print(p == a, a == p, p == q, p != q, p in [a], q in [p])
print(repr(p).replace(hex(id(a)), 'A')[:9], type(p).__name__, callable(p), callable(r))
try:
    {p: 1}
except TypeError as e:
    print(e)

adder = Adder()
add = weakref.proxy(adder)
print(type(add).__name__, add(2), add(3), adder.total, callable(add))
try:
    p(1)
except TypeError as e:
    print(e)

del a
print(r(), weakref.getweakrefcount(r))
for use in ('name', 'str', 'bool', 'set'):
    try:
        if use == 'name':
            p.name
        elif use == 'str':
            str(q)
        elif use == 'bool':
            if p:
                pass
        else:
            p.name = 'x'
    except ReferenceError as e:
        print('%s: %s' % (use, e))
print(repr(q).startswith('<weakproxy at'), type(q).__name__)

# A cycle closed through a proxy is no cycle: refcounting frees it.
one = Node('one')
two = Node('two')
one.other = two
two.other = weakref.proxy(one)
print(two.other.name, sys.getrefcount(one))
one = two = None
print('collected %d' % gc.collect())

# Proxies are tracked containers: one in a cycle is collected with it.
holder = Node('holder')
holder.other = [weakref.proxy(holder, report)]
holder.other.append(holder.other)
del holder
print('collected %d' % gc.collect())
