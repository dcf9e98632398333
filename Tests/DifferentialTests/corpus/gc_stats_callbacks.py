#: profiles: cpython3.11, cpython3.12, cpython3.13
# gc.get_stats deltas and gc.callbacks phases with collected/uncollectable counts (3.x only)
import gc

class Node(object):
    pass

def cb(phase, info):
    print('%s gen=%d collected=%d uncollectable=%d' % (phase, info['generation'], info['collected'], info['uncollectable']))

gc.collect()
before = gc.get_stats()
gc.callbacks.append(cb)
a = Node()
b = Node()
a.t = b
b.t = a
del a, b
print(gc.collect())
print(gc.collect(0))
gc.callbacks.remove(cb)
after = gc.get_stats()
print(after[2]['collections'] - before[2]['collections'])
print(after[2]['collected'] - before[2]['collected'])
print(after[0]['collections'] - before[0]['collections'])
print(len(gc.get_stats()))
