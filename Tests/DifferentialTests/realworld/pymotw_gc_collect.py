# Source: PyMOTW (Doug Hellmann), gc, gc_collect.py ("Forcing Garbage Collection")
# What: a Graph cycle kept until gc.collect() finds it unreachable.
import gc

class Graph(object):
    def __init__(self, name):
        self.name = name
        self.next = None
    def set_next(self, next):
        print('Linking nodes %s.next = %s' % (self, next))
        self.next = next
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, self.name)

one = Graph('one')
two = Graph('two')
three = Graph('three')
one.set_next(two)
two.set_next(three)
three.set_next(one)

one = two = three = None

print('Collecting...')
n = gc.collect()
print('Unreachable objects: %d' % n)
print('Remaining Garbage: %r' % gc.garbage)
