#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
# weakref.getweakrefs: the object's weakref list in CPython's order (the plain ref first, a plain proxy after it, then the refs with callbacks newest first), a new list each call (its count), and [] for what cannot be weakly referenced
import weakref, sys, gc

class Target(object):
    pass

def callback(r):
    print("callback")

t = Target()
print(weakref.getweakrefs(t), weakref.getweakrefcount(t))
with_cb1 = weakref.ref(t, callback)
plain = weakref.ref(t)
with_cb2 = weakref.ref(t, callback)
proxy = weakref.proxy(t)
refs = weakref.getweakrefs(t)
print(len(refs), refs[0] is plain, refs[1] is proxy, refs[2] is with_cb2, refs[3] is with_cb1)
print(sys.getrefcount(plain), sys.getrefcount(with_cb1))
del refs
print(sys.getrefcount(plain))
gc.collect()
before = gc.get_count()
lists = [weakref.getweakrefs(t) for i in range(3)]
print(gc.get_count()[0] - before[0])
del lists
print(weakref.getweakrefs(1), weakref.getweakrefs([]))
del with_cb2
print(weakref.getweakrefs(t)[2] is with_cb1)
del t
