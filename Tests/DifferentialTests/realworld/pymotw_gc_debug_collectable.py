# Source: PyMOTW (Doug Hellmann), gc, gc_debug_collectable.py
# What: DEBUG_COLLECTABLE prints each collectable object of a Graph cycle on stderr.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE)

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
one.set_next(two)
two.set_next(one)
one = two = None
gc.collect()
gc.set_debug(0)
