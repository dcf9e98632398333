# Keyword arguments to a class: the positionals in a tuple and the keywords
# in a dict (3.11 _PyObject_MakeTpCall, tuple first; 2.7 do_call, dict first,
# moving the stack's references), then __init__ bound to the new instance:
# 3.11 through _PyStack_UnpackDict (a names tuple; one more reference to self
# and each value), 2.7 as a bound method (the tuple of self and positionals,
# then function_call's tuple of keys and values): getrefcount inside
# __init__; gc counts; defaults; errors for an unknown, repeated or missing
# argument.
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
class Labelled(object):
    def __init__(self, label=None):
        print('init', sys.getrefcount(label))
def f(label=None):
    print('f', sys.getrefcount(label))
gc.disable()
f(label=t)
Labelled(t)
Labelled(label=t)
p = Labelled
p(label=t)
gc.collect()
r = [gc.get_count()]
Labelled(label=t)
r.append(gc.get_count())
Labelled(t)
r.append(gc.get_count())
print(r)
