#: title: del-cycle - a cycle with __del__ ends up in gc.garbage (Python 2; 3.x frees it)
#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
#: about: Two cycles of two objects each. The first class has no __del__: gc.collect() finds the cycle (4 objects: two instances and their two attribute dicts) and frees it. The second class has __del__: the collector finds that cycle unreachable too, but Python 2 does not know in which order the finalizers may safely run (each __del__ could still use the other object), so it frees nothing and appends the two instances to gc.garbage, where they stay forever unless the program intervenes. The seed text's advice is shown at the end: break the cycle by hand, then drop the objects from gc.garbage, and reference counting frees them, running __del__ normally. (Python 3.4+ runs such finalizers itself; see f2-py3.)
import gc

class Plain(object):  #> no __del__
    def __init__(self, name):
        self.name = name  #> a new-style instance gets its __dict__ object at the first attribute store

class Res(object):  #> has __del__: a "legacy finalizer" for the Python 2 collector
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__ of %s' % self.name)

def make_cycle(cls, n1, n2):
    a = cls(n1)
    b = cls(n2)
    a.partner = b
    b.partner = a  #> a <-> b
    return None  #> the locals a and b die with the frame; each object keeps rc=1 through .partner

def break_cycles():
    for r in gc.garbage:
        print('breaking %s -> %s' % (r.name, r.partner.name))
        r.partner = None  #> drop the reference to the other object by hand
    return None

gc.collect()  #> start from a clean heap
make_cycle(Plain, 'p1', 'p2')
print('plain cycle collected: %d' % gc.collect())  #> 4 = 2 instances + their 2 __dict__s, all freed
print('gc.garbage: %s' % gc.garbage)  #> empty: without __del__ there is nothing to worry about
make_cycle(Res, 'r1', 'r2')
print('cycle with __del__ collected: %d' % gc.collect())  #> still 4 found unreachable, but none is freed: with __del__ involved they are uncollectable
print('gc.garbage: %s' % gc.garbage)  #> only the objects that have __del__ are listed; their dicts stay alive behind them
break_cycles()  #> each object now holds only its name; the only references left are gc.garbage's
del gc.garbage[:]  #> emptying gc.garbage drops the last references: refcounts hit 0 and __del__ runs as usual -- r2 first, because a list releases a deleted slice from the last item to the first
print('gc.garbage: %s' % gc.garbage)
print('nothing left: %d' % gc.collect())
