import gc
import sys
gc.disable()
print(gc.isenabled(), gc.get_count(), gc.get_threshold(), gc.get_debug())
gc.set_threshold(5, 2, 2)
gc.set_debug(gc.DEBUG_STATS)
l = []
l.append(l)
print(gc.is_tracked(l), gc.is_tracked(1), len(gc.get_referents(l)), len(gc.get_referrers(l)))
print(sys.getrefcount(l), sys.getsizeof(l), sys.getrecursionlimit())
del l
gc.enable()
print(gc.collect(0), gc.collect(1), gc.collect(), len(gc.garbage), len(gc.get_objects()) > 0)
gc.freeze()
print(gc.get_freeze_count() >= 0)
gc.unfreeze()
print(gc.get_stats()[0]['collections'] >= 0)
