# Source: CPython Lib/test/test_gc.py, GCTests.test_get_stats
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: gc.get_stats counts collections per generation; collect(0) and collect(2) each add one.
import gc

stats = gc.get_stats()
print(len(stats))
print(sorted(stats[0].keys()))
old = gc.get_stats()
gc.collect(0)
new = gc.get_stats()
print(new[0]["collections"] - old[0]["collections"])
print(new[2]["collections"] - old[2]["collections"])
gc.collect(2)
new = gc.get_stats()
print(new[0]["collections"] - old[0]["collections"])
print(new[2]["collections"] - old[2]["collections"])
