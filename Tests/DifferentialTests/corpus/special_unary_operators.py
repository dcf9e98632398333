#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
# Unary operators of user classes: -x, +x, ~x and abs(x) call __neg__, __pos__, __invert__ and __abs__ (slot_nb_negative and friends); counts inside them, results owned by the caller, and the TypeError without the method
import sys, gc

class Vector(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __neg__(self):
        print("neg", sys.getrefcount(self))
        return Vector(-self.x, -self.y)
    def __pos__(self):
        return self
    def __invert__(self):
        return (self.y, self.x)
    def __abs__(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return "Vector(%d, %d)" % (self.x, self.y)

v = Vector(3, 4)
print(-v, +v is v, ~v, abs(v))
print(sys.getrefcount(v))
w = -(-v)
print(w, w is v, sys.getrefcount(v))
p = +v
print(sys.getrefcount(v))
del p

class Plain(object):
    pass

for op in ["neg", "pos", "invert", "abs"]:
    try:
        if op == "neg":
            -Plain()
        elif op == "pos":
            +Plain()
        elif op == "invert":
            ~Plain()
        else:
            abs(Plain())
    except TypeError as e:
        print(e)

class Child(Vector):
    def __neg__(self):
        return "child"

c = Child(1, 2)
print(-c, abs(c), ~c)
gc.collect()
before = gc.get_count()
for i in range(5):
    n = -v
after = gc.get_count()
print(after[0] - before[0])
