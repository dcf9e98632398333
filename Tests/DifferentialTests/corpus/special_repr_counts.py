# A user __repr__/__str__ runs as a call from C (2.7: through a bound
# method and an argument tuple): refcounts inside it, gc counts around it,
# addresses of what it makes, an error it raises, a non-string result.
import gc, sys

class Point(object):
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        print('in repr', sys.getrefcount(self))
        return 'Point(%d)' % self.x

class Old:
    def __init__(self, x):
        self.x = x
    def __str__(self):
        return 'Old ' + str(self.x)

class Bad(object):
    def __repr__(self):
        return 42

def main():
    print("start")
    gc.disable()
    p = Point(7)
    gc.get_count()
    before = gc.get_count()[0]
    text = repr(p)
    after = gc.get_count()[0]
    print(text, after - before)
    items = [Point(1), Point(2)]
    print(items)
    o = Old(5)
    print(o)
    print('%s|%s' % (o, p))
    print(hex(id(p)) != hex(id(o)))
    gc.enable()
    try_bad()

def try_bad():
    b = Bad()
    print(repr(b))

main()
