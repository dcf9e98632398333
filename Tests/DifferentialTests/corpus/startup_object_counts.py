# sizes the simulator must calibrate: tracked objects after gc.collect() at module level, per generation
import gc

gc.collect()
print(gc.get_count())
n = 0
for o in gc.get_objects():
    n += 1
print(n > 1000)
