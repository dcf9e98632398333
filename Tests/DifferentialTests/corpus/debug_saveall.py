# DEBUG_SAVEALL: every unreachable object goes to gc.garbage instead of being freed
import gc

class Node(object):
    pass

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
a = Node()
b = Node()
a.t = b
b.t = a
del a, b
l = [1]
l.append(l)
del l
print(gc.collect())
print(len(gc.garbage))
for g in gc.garbage:
    print(type(g).__name__)
gc.set_debug(0)
del gc.garbage[:]
print(gc.collect())
