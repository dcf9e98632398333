# Source: Python docs, library/gc.rst ("To debug a leaking program call gc.set_debug(gc.DEBUG_LEAK)")
# What: DEBUG_LEAK reports each collectable object and keeps it in gc.garbage.
import gc

class Node(object):
    pass

gc.collect()
gc.set_debug(gc.DEBUG_LEAK)
n = Node()
n.self = n
del n
gc.collect()
gc.set_debug(0)
print(len(gc.garbage))
