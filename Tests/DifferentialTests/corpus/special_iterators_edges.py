# user iterators' edges: __iter__ as a generator, a classic class, an error
# raised mid-iteration (what list() drew so far goes), a StopIteration
# subclass, and an iterator whose class has no __iter__
import sys

class Tree(object):
    def __init__(self, *kids):
        self.kids = kids
    def __iter__(self):
        for k in self.kids:
            yield k

class Old:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def next(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
    __next__ = next

class Thing(object):
    pass

class Faulty(object):
    def __init__(self, things):
        self.things = things
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > len(self.things):
            raise ValueError('broken at %d' % self.i)
        return self.things[self.i - 1]
    next = __next__

class Finished(StopIteration):
    pass

class Ends(object):
    def __iter__(self):
        return self
    def __next__(self):
        raise Finished()
    next = __next__

class OnlyNext(object):
    def __next__(self):
        return 1
    next = __next__

print(list(Tree('a', 'b', 'c')))
for k in Tree(1, 2):
    print(k)
print(list(Old()))
t = Thing()
try:
    list(Faulty([t, t]))
except ValueError as e:
    print('ValueError %s' % e)
print(sys.getrefcount(t))
print(list(Ends()))
for x in Ends():
    print(x)
try:
    for x in OnlyNext():
        pass
except TypeError as e:
    print('TypeError %s' % e)
print(next(OnlyNext()))
