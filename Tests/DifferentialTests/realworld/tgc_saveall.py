# Source: CPython Lib/test/test_gc.py, GCTests.test_saveall
# What: with DEBUG_SAVEALL every unreachable object goes to gc.garbage instead of being freed.
import gc

gc.collect()
print(gc.garbage)
debug = gc.get_debug()
gc.set_debug(debug | gc.DEBUG_SAVEALL)
l = []
l.append(l)
id_l = id(l)
del l
gc.collect()
print(len(gc.garbage))
obj = gc.garbage.pop()
print(id(obj) == id_l)
gc.set_debug(debug)
