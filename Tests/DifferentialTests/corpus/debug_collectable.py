# DEBUG_COLLECTABLE lines on stderr (3.x prints them; 2.7 needs DEBUG_OBJECTS/DEBUG_INSTANCES too)
import gc

class Node(object):
    pass

gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE)
a = Node()
b = Node()
a.t = b
b.t = a
print('ids %s %s' % (hex(id(a)), hex(id(b))))
del a, b
l = []
l.append(l)
del l
print(gc.collect())
gc.set_debug(0)
print(gc.garbage)
