# Source: PyMOTW (Doug Hellmann), gc, gc_get_referents.py (printed with print, a dict as its sorted keys, rather than pprint)
# What: a three-node Graph cycle, and what one node refers to.
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

print('three refers to:')
for r in gc.get_referents(three):
    if isinstance(r, dict):
        print(sorted(r.keys()))
    else:
        print(r)
