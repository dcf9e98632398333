# Source: PyMOTW (Doug Hellmann), weakref, weakref_graph.py / weakref_cycle.py (Graph, WeakGraph)
# What: a cycle of strong links needs the collector; a cycle closed by a proxy does not.
import gc
import weakref

class Graph(object):
    def __init__(self, name):
        self.name = name
        self.other = None
    def set_next(self, other):
        self.other = other
    def __str__(self):
        return '%s(%s)' % (self.__class__.__name__, self.name)
    def __del__(self):
        print('(Deleting %s)' % self)

class WeakGraph(Graph):
    def set_next(self, other):
        if other is not None:
            if self in other.all_nodes():
                other = weakref.proxy(other)
        super(WeakGraph, self).set_next(other)

    def all_nodes(self):
        seen = []
        node = self
        while node is not None and node not in seen:
            seen.append(node)
            node = node.other
        return seen

gc.set_debug(0)
one = WeakGraph('one')
two = WeakGraph('two')
three = WeakGraph('three')
one.set_next(two)
two.set_next(three)
three.set_next(one)
print('deleting')
one = two = three = None
print('collected %d' % gc.collect())
