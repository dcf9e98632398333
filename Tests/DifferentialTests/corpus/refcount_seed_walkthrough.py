# the seed text's reference-count walk-through with objects instead of ints (module level)
import sys

class Obj(object):
    pass

def func(c):
    print('in func %d' % sys.getrefcount(c))

obj = Obj()
print(sys.getrefcount(obj))
a = obj
print(sys.getrefcount(obj))
b = a
print(sys.getrefcount(obj))
func(a)
print(sys.getrefcount(obj))
x = Obj()
y = Obj()
list1 = [a, x, y]
print(sys.getrefcount(obj))
a = Obj()
print(sys.getrefcount(obj))
del a
print(sys.getrefcount(obj))
del b
print(sys.getrefcount(obj))
del list1
print(sys.getrefcount(obj))
