#: profiles: cpython2.7
# 2.7 dict iterators: iterkeys(), itervalues(), iteritems() (the items
# iterator refills one result tuple while only it holds it), the same
# iterators list() and sorted() drain; gc counts around a loop.
import gc, sys
class V(object):
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'V%d' % self.n
d = {'a': V(1), 'b': V(2)}
gc.disable()
for k in d.iterkeys():
    print(k)
for v in d.itervalues():
    print(v)
for k, v in d.iteritems():
    print(k, v)
gc.collect()
r = [gc.get_count()]
for k, v in d.iteritems():
    pass
r.append(gc.get_count())
for k in d:
    pass
r.append(gc.get_count())
print(r)
it = d.iteritems()
first = next(it)
print(first, sys.getrefcount(first))
print(list(d.itervalues()), sorted(d.iterkeys()), len(d.items()))
