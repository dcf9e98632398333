# DEBUG_UNCOLLECTABLE with a __del__ cycle: 2.7 lists uncollectables (with DEBUG_OBJECTS), 3.x runs __del__
import gc

class D(object):
    def __del__(self):
        print('del')

gc.collect()
flags = gc.DEBUG_UNCOLLECTABLE
if hasattr(gc, 'DEBUG_OBJECTS'):
    flags = flags + gc.DEBUG_OBJECTS
gc.set_debug(flags)
a = D()
b = D()
a.t = b
b.t = a
del a, b
print(gc.collect())
gc.set_debug(0)
print(len(gc.garbage))
for g in gc.garbage:
    g.t = None
del gc.garbage[:]
