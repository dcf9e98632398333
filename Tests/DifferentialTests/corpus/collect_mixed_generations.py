# gc.collect(0/1/2) on cycles in different generations; young collections miss older garbage
import gc

class Node(object):
    pass

def cycle():
    a = Node()
    b = Node()
    a.t = b
    b.t = a

gc.disable()
gc.collect()
cycle()
print(gc.collect(0))
cycle()
print(gc.collect(1))
cycle()
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
print(gc.collect(0))
print(gc.collect(1))
print(gc.collect(2))
print(gc.get_count())
gc.enable()
