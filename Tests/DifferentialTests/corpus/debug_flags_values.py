# values of the DEBUG_* constants and get_debug/set_debug round trips
import gc

print(gc.DEBUG_STATS)
print(gc.DEBUG_COLLECTABLE)
print(gc.DEBUG_UNCOLLECTABLE)
print(gc.DEBUG_SAVEALL)
print(gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_COLLECTABLE + gc.DEBUG_UNCOLLECTABLE)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())
