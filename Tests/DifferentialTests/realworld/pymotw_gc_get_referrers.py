# Source: PyMOTW (Doug Hellmann), gc, gc_get_referrers.py
# What: which objects refer to a node of the cycle, found by gc.get_referrers.
import gc

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
three = Graph('three')
one.set_next(two)
two.set_next(three)
three.set_next(one)

n = 0
for r in gc.get_referrers(one):
    if isinstance(r, dict) and r.get('name') == 'three':
        print('the __dict__ of Graph(three)')
        n += 1
print(n)
