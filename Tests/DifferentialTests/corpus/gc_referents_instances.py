# gc.get_referents of a new-style instance: 3.11 visits its inline values
# (strs, ints and None too, not only containers), skipping a deleted
# attribute's empty slot, then the class; 2.7 visits its __dict__ and class;
# after __dict__ is touched 3.11 visits the dict instead.
import gc

class Node(object):
    def __init__(self, name):
        self.name = name
        self.size = 5
        self.kids = []
        self.parent = None

n = Node('root')
for r in gc.get_referents(n):
    print(type(r).__name__, r if not isinstance(r, (dict, type)) else '')
del n.size
print([type(r).__name__ for r in gc.get_referents(n)])
d = n.__dict__
print([type(r).__name__ for r in gc.get_referents(n)])
print(isinstance(int, type), isinstance(len, type), isinstance(3, type))
