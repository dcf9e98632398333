#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
# gc counts across the run's first prints: 3.11's print makes its keyword tuple at the first call, from the 4-tuple free list when startup left it spares (no count), a new block after a full collection emptied the lists
import gc

def count():
    return gc.get_count()[0]

before = count()
print("first")
after_first = count()
print("second")
after_second = count()
print(after_first - before, after_second - after_first)
gc.collect()
base = count()
print(base)
print("after a collection")
print(count() - base)
