# Cycles through sets: the collector traverses a set's elements (so a
# set holding an object that holds the set is found and freed), clears it
# (set_clear), and gc.get_referents lists its elements.
import gc
class Node(object):
    def __init__(self, name):
        self.name = name
gc.disable()
gc.collect()
o = Node('a')
s = set()
o.s = s
s.add(o)
print(len(gc.get_referents(s)), gc.get_referents(s)[0] is o)
print(s in gc.get_referrers(o))
del o, s
print(gc.collect())
x = Node('x')
y = Node('y')
x.peers = {y}
y.peers = {x}
del x, y
print(gc.collect())
print(sorted(gc.get_referents({1, 2, 3})))
k = set([1, 'two', (3, 4)])
print(len(gc.get_referents(k)))
