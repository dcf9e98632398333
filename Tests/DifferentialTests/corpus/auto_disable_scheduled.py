# A collection scheduled, then gc.disable() before it runs: 3.12+ only
# schedules it (the allocation passing threshold 0), the eval breaker runs
# it; 3.12.1's _Py_RunGC collects anyway, 3.13's returns when gc is
# disabled (the request is dropped). 3.11 collects inside the allocation.
#: profiles: cpython3.11, cpython3.12, cpython3.13
import gc

gc.collect()
gc.set_threshold(5)
print(gc.get_count())
keep = [[], [], [], [], [], [], [], []]
gc.disable()
print(gc.get_count())
gc.enable()
print(gc.get_count())
x = []
print(gc.get_count())
gc.set_threshold(700, 10, 10)
