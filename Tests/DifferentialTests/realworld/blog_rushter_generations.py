# Source: Artem Golubin (rushter.com), "Garbage collection in Python: things you need to know" (generations and thresholds)
# What: gc.get_threshold and gc.get_count move as containers are made and collections run.
import gc

print(gc.get_threshold())
gc.collect()
before = gc.get_count()
objs = [[] for i in range(100)]
after = gc.get_count()
print(after[0] - before[0] >= 100)
gc.collect()
print(gc.get_count())
