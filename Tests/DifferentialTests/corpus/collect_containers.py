# gc.collect() return values for self-referencing lists and dicts, a list containing itself, tuples in cycles
import gc

gc.collect()
l = []
l.append(l)
del l
print(gc.collect())
m = [1, 2]
m.append(m)
m.append([m])
del m
print(gc.collect())
d = {}
d['self'] = d
del d
print(gc.collect())
x = []
t = (x, 1)
x.append(t)
del x, t
print(gc.collect())
d1 = {}
d2 = {'o': d1}
d1['o'] = d2
del d1, d2
print(gc.collect())
t2 = ([], [])
t2[0].append(t2)
del t2
print(gc.collect())
print(gc.collect())
