#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
# __slots__: instances with no dict (smaller blocks, sys.getsizeof), members laid out in sorted order (the order a dying instance drops them and gc.get_referents lists them), AttributeErrors of empty and unknown members, weak references only with __weakref__, cycles through members collected
import sys, gc, weakref

class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Point(object):
    __slots__ = ('y', 'x')
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Plain(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
q = Plain(1, 2)
print(sys.getsizeof(p), sys.getsizeof(q), hasattr(p, '__dict__'), gc.is_tracked(p))
print(p.x, p.y, Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)

class Lazy(object):
    __slots__ = ['a']
l = Lazy()
try:
    l.a
except AttributeError as e:
    print("AttributeError:", e)
l.a = [1]
print(sys.getrefcount(l.a))
del l.a
try:
    del l.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)

class Node(object):
    __slots__ = ('other', 'tag', '__weakref__')

a = Node()
b = Node()
a.other = b
b.other = a
a.tag = Noisy("tag a")
b.tag = Noisy("tag b")
r = weakref.ref(a)
print(len(gc.get_referents(a)), gc.get_referents(a)[0] is b)
del a, b
print(r() is not None)
print(gc.collect())
print(r())

# A dying instance drops its members in sorted order, not assignment order.
d = Point(Noisy("x"), Noisy("y"))
del d
first = id(Point(0, 0))
print(id(Point(0, 0)) == first)
gc.collect()
before = gc.get_count()
points = [Point(i, i) for i in range(5)]
after = gc.get_count()
print(after[0] - before[0])
