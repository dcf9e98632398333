# Source: CPython Lib/test/test_gc.py, GCTests.test_get_objects_generations
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: a new list is in generation 0's objects, and moves to 1 then 2 as collections pass it on.
import gc

gc.collect()
l = []
print(any(l is o for o in gc.get_objects(generation=0)))
print(any(l is o for o in gc.get_objects(generation=1)))
gc.collect(generation=0)
print(any(l is o for o in gc.get_objects(generation=0)))
print(any(l is o for o in gc.get_objects(generation=1)))
gc.collect(generation=1)
print(any(l is o for o in gc.get_objects(generation=2)))
