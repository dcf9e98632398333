# A callable instance (`__call__`): called directly, passed as a weakref
# callback, its argument tuple and (2.7) the bound method and the tuple
# with self seen through gc.get_count(); callable(); the refcounts of its
# arguments inside the call. weakref.getweakrefcount() as references come
# and go (a basic reference without callback is shared).
import gc, sys, weakref

class Counter(object):
    def __init__(self):
        self.calls = 0
    def __call__(self, value):
        self.calls += 1
        return sys.getrefcount(value)

class Plain(object):
    pass

c = Counter()
p = Plain()
print(c(p), c.calls, callable(c), callable(p))

def measure():
    c(p)
    gc.collect()
    before = gc.get_count()[0]
    c(p)
    return gc.get_count()[0] - before

gc.disable()
print(measure())
gc.enable()
try:
    p(1)
except TypeError as e:
    print("TypeError:", e)

class Watch(object):
    def __call__(self, ref):
        print("callback, dead:", ref() is None)

target = Plain()
r1 = weakref.ref(target)
r2 = weakref.ref(target)
r3 = weakref.ref(target, Watch())
print(weakref.getweakrefcount(target), r1 is r2, weakref.getweakrefcount(p))
del r1, r2
print(weakref.getweakrefcount(target))
del target
print(r3() is None)
