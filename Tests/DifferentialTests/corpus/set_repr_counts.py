# Counts around a set's repr: set_repr lists the keys (PySequence_List: a
# list, which 3.11 takes from a free list a collection emptied, and a set
# iterator); 2.7's print statement writes through set_tp_print instead.
# Iteration, len, in, sorted, max.
import gc
s = {1, 2, 3}
f = frozenset(['a'])
gc.disable(); gc.collect()
print(gc.get_count())
print(s)
print(gc.get_count())
print(f, s)
print(gc.get_count())
r = repr(s)
print(gc.get_count())
x = str(s)
print(gc.get_count())
for i in s:
    pass
print(gc.get_count())
n = len(s) + (1 in s)
print(gc.get_count(), n)
l = sorted(s)
print(gc.get_count())
m = max(s)
print(gc.get_count(), m)
