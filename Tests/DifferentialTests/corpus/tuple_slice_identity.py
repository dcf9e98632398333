# A tuple sliced whole is the tuple itself (tupleslice, tuple_subscript), its
# refcount one higher; a part is a new tuple; an empty part is the shared empty
# tuple (length 0); a list sliced whole is a new list.
import sys, gc
t = (1, 2, 3)
u = t[:]
print(u is t, sys.getrefcount(t))
print(t[0:3] is t, t[0:] is t, t[:3] is t, t[-3:] is t)
print(t[1:] is t, t[1:], t[0:2])
print(len(t[2:2]), t[5:])
l = [1, 2]
print(l[:] is l, l[:] == l)
gc.disable()
gc.collect()
for i in range(3):
    v = t[:]
print(gc.get_count())
for i in range(3):
    v = t[1:]
print(gc.get_count())
