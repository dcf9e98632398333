# operator methods of user classes: which operand's method runs (the left's,
# a subclass's reflected one first, the right's reflected one), augmented
# assignment through __iadd__ or else __add__, sum() through __radd__, the
# counts inside, and the error when no method takes the operands
import sys

class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Vec(%d, %d)' % (self.x, self.y)
    def __add__(self, other):
        if isinstance(other, int):
            return Vec(self.x + other, self.y + other)
        print('  add rc %d %d' % (sys.getrefcount(self), sys.getrefcount(other)))
        return Vec(self.x + other.x, self.y + other.y)
    def __radd__(self, other):
        print('  radd %r' % (other,))
        return Vec(self.x + other, self.y + other)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

class Vec3(Vec):
    def __radd__(self, other):
        print('  Vec3 radd')
        return Vec3(0, 0)

class Acc(object):
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b)
print(a + 1)
print(1 + a)
print(a * 3)
print(b - a)
print(a + Vec3(5, 5))
print(Vec3(1, 1) + a)
print(sum([a, b]))
c = a
c += b
print(c)
print(a)
acc = Acc()
keep = acc
acc += 'x'
acc += 'y'
print(acc is keep)
print(acc.items)
print(sys.getrefcount(acc))
try:
    a - 1
except AttributeError as e:
    print('AttributeError %s' % e)
try:
    acc + 1
except TypeError as e:
    print('TypeError %s' % e)
try:
    'z' + acc
except TypeError as e:
    print('TypeError %s' % e)
