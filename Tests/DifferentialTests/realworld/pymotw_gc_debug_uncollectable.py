# Source: PyMOTW (Doug Hellmann), gc, gc_debug_uncollectable.py (2.7 edition)
# What: a cycle through a class with __del__: uncollectable in 2.7, finalized in 3.x.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)

class Graph(object):
    def __init__(self, name):
        self.name = name
        self.next = None
    def set_next(self, next):
        self.next = next
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, self.name)

class CleanupGraph(Graph):
    def __del__(self):
        print('%s.__del__()' % self)

one = Graph('one')
two_cleanup = CleanupGraph('two')
three = Graph('three')
one.set_next(two_cleanup)
two_cleanup.set_next(three)
three.set_next(one)
one = two_cleanup = three = None
gc.collect()
gc.set_debug(0)
print(len(gc.garbage))
