# user comparison methods: which side's method runs (reflected operands, a
# subclass first), what != does without __ne__, the counts inside, searches
# in lists and tuples, and 3.x's unhashable class that defines only __eq__
import sys

class Money(object):
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        print('  %d.__eq__(%d) rc %d %d' % (self.cents, other.cents, sys.getrefcount(self), sys.getrefcount(other)))
        return self.cents == other.cents
    def __lt__(self, other):
        print('  %d.__lt__(%d)' % (self.cents, other.cents))
        return self.cents < other.cents
    def __gt__(self, other):
        print('  %d.__gt__(%d)' % (self.cents, other.cents))
        return self.cents > other.cents

class Euro(Money):
    def __eq__(self, other):
        print('  Euro %d.__eq__(%d)' % (self.cents, other.cents))
        return self.cents == other.cents
    def __gt__(self, other):
        print('  Euro %d.__gt__(%d)' % (self.cents, other.cents))
        return self.cents > other.cents

a = Money(100)
b = Money(100)
c = Money(250)
print('==')
print(a == b)
print(a == c)
print(a == a)
print('!=')
print(a != b)
print(a != a)
print('< >')
print(a < c)
print(c > a)
print('subclass on the right')
e = Euro(100)
print(a == e)
print(a < e)
print('searches')
money = [c, b]
print(a in money)
print(a in (c, b))
print(money.index(a))
print(money.count(a))
print([a, c] == [b, c])
print((a, c) == (b, c))
money.remove(a)
print(len(money))
print(sys.getrefcount(a))
print('hash')
try:
    d = {a: 1}
    print(len(d))
except TypeError as err:
    print('TypeError %s' % err)
try:
    print(a in {})
except TypeError as err:
    print('TypeError %s' % err)

class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        print('  Point.__eq__ rc %d' % sys.getrefcount(other))
        return self.x == other.x

p = Point(1)
q = Point(1)
print(p == q)
print(p != q)
print(p in [q])
