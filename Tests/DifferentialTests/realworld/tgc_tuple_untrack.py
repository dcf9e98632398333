# Source: CPython Modules/gcmodule.c comments and Lib/test/test_gc.py GCTests.test_bug21435 neighbourhood; Stack Overflow "Why are tuples untracked by gc after a collection?"
# What: a tuple of atoms is tracked when made and untracked by the first collection that examines it.
import gc

t = tuple([1, 2, "three"])
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
u = tuple([1, []])
gc.collect()
print(gc.is_tracked(u))
d = {}
print(gc.is_tracked(d))
d["x"] = 1
print(gc.is_tracked(d))
d["y"] = []
print(gc.is_tracked(d))
