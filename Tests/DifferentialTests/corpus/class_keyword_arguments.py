#: profiles: cpython3.11
# Keyword arguments to a class (3.11): the call's positionals in a tuple and
# keywords in a dict (_PyObject_MakeTpCall), then __init__ bound to the new
# instance through _PyStack_UnpackDict (a names tuple, and a new argument
# array holding self and every value once more: getrefcount in __init__);
# defaults; CPython's errors for an unknown, repeated or missing argument.
import gc, sys
class Point(object):
    def __init__(self, x, y=0, label='p'):
        self.x = x
        self.y = y
        self.label = label
        print('init', sys.getrefcount(label) if not isinstance(label, str) else label)
class Tag(object):
    pass
t = Tag()
gc.disable()
p = Point(1, y=2)
q = Point(x=3, label=t)
print(p.x, p.y, p.label, q.x, q.y, sys.getrefcount(t))
gc.collect()
r = [gc.get_count()]
z = Point(5, label='z')
r.append(gc.get_count())
print(r)
try:
    Point(1, z=3)
except TypeError as e:
    print(e)
try:
    Point(1, x=3)
except TypeError as e:
    print(e)
try:
    Point(y=3)
except TypeError as e:
    print(e)
