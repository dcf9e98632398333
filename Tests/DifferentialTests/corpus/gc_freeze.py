#: profiles: cpython3.11, cpython3.12, cpython3.13
# gc.freeze / unfreeze / get_freeze_count (3.x only); frozen cycles are not collected until unfrozen
import gc

class Node(object):
    pass

gc.collect()
print(gc.get_freeze_count())
a = Node()
a.me = a
del a
gc.freeze()
print(gc.get_count())
print(gc.get_freeze_count() > 1000)
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect())
