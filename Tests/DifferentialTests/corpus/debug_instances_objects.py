#: profiles: cpython2.7
# 2.7 DEBUG_INSTANCES / DEBUG_OBJECTS gate the collectable/uncollectable lines (2.7 only)
import gc

class Old:
    pass

class New(object):
    pass

def cycles():
    a = Old()
    b = New()
    a.t = b
    b.t = a
    l = []
    l.append(l)

gc.collect()
print gc.DEBUG_INSTANCES, gc.DEBUG_OBJECTS, gc.DEBUG_LEAK
gc.set_debug(gc.DEBUG_COLLECTABLE)
cycles()
print 'collectable only', gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE + gc.DEBUG_INSTANCES)
cycles()
print 'with instances', gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE + gc.DEBUG_OBJECTS)
cycles()
print 'with objects', gc.collect()
gc.set_debug(0)
