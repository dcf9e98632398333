#: profiles: cpython3.11, cpython3.12, cpython3.13
# 3.x dict views: keys(), values() and items() make a view (tracked) that
# reads the dict live: iteration (a dict iterator of its own; the items
# iterator refills one result tuple while only it holds it), len, in,
# truth, repr; the size-changed error; gc counts around a loop.
import gc, sys
class V(object):
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'V%d' % self.n
d = {'a': V(1), 'b': V(2)}
gc.disable()
for k in d.keys():
    print(k)
for v in d.values():
    print(v)
for k, v in d.items():
    print(k, v)
print(list(d.keys()), sorted(d.values(), key=None) if False else len(d.values()), list(d.items()))
gc.collect()
r = [gc.get_count()]
for k, v in d.items():
    pass
r.append(gc.get_count())
ks = d.keys()
r.append(gc.get_count())
d['c'] = V(3)
print(r, len(ks), 'c' in ks, 'z' in ks, V in d.values(), ('a', d['a']) in d.items())
print(repr(ks), d.items())
print(bool({}.keys()), bool(ks), sys.getrefcount(d))
it = iter(d.items())
first = next(it)
print(first, sys.getrefcount(first))
try:
    for k in d.keys():
        d['new'] = 1
except RuntimeError as e:
    print(e)
