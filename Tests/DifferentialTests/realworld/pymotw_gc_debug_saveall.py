# Source: PyMOTW (Doug Hellmann), gc, gc_debug_saveall.py
# What: DEBUG_SAVEALL keeps every unreachable Graph in gc.garbage for inspection.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)

class Graph(object):
    def __init__(self, name):
        self.name = name
        self.next = None
    def set_next(self, next):
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
for o in gc.garbage:
    if isinstance(o, Graph):
        print('Retained: %s 0x%x' % (o, id(o)))
