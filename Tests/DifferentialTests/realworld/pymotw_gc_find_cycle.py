# Source: PyMOTW (Doug Hellmann), gc, gc_get_referents_cycles.py (breadth-first search for a cycle; a list as the queue rather than Queue/queue)
# What: walk get_referents from a node until the walk comes back to it.
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

seen = set()
to_process = [(three, [])]
while to_process:
    next, chain = to_process.pop(0)
    print('Examining: %r' % (next,))
    seen.add(id(next))
    for r in gc.get_referents(next):
        if isinstance(r, str) or isinstance(r, type):
            pass
        elif id(r) in seen:
            print('Found a cycle to %s:' % r)
            for i, link in enumerate(chain):
                print('  %d: %r' % (i, link))
        else:
            to_process.append((r, chain + [next]))
