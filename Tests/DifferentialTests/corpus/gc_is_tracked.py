# gc.is_tracked for dicts, tuples, lists, instances; tuples untracked by a collection, dicts by gen 2 only
import gc

class Obj(object):
    pass

print(gc.is_tracked(1))
print(gc.is_tracked('s'))
print(gc.is_tracked(None))
print(gc.is_tracked(()))
print(gc.is_tracked([]))
print(gc.is_tracked({}))
print(gc.is_tracked({'a': 1}))
print(gc.is_tracked({'a': []}))
print(gc.is_tracked(Obj()))
print(gc.is_tracked(Obj))
print(gc.is_tracked(gc.collect))
n = 5
t = (n, 'x')
print(gc.is_tracked(t))
gc.collect(0)
print(gc.is_tracked(t))
t2 = (n, [])
gc.collect()
print(gc.is_tracked(t2))
d = {}
d['k'] = []
print(gc.is_tracked(d))
del d['k']
gc.collect(0)
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
d['t'] = (n, n)
print(gc.is_tracked(d))
nested = ((n,), (n, 'a'))
print(gc.is_tracked(nested))
gc.collect()
print(gc.is_tracked(nested))
print(gc.is_tracked(nested[0]))
