# the seed walk-through with everything local to a function; readings kept in a list
import sys

class Obj(object):
    pass

def func(c, r):
    r.append(sys.getrefcount(c))

def main():
    r = []
    obj = Obj()
    r.append(sys.getrefcount(obj))
    a = obj
    r.append(sys.getrefcount(obj))
    b = a
    r.append(sys.getrefcount(obj))
    func(a, r)
    r.append(sys.getrefcount(obj))
    list1 = [a, Obj(), Obj()]
    r.append(sys.getrefcount(obj))
    a = Obj()
    r.append(sys.getrefcount(obj))
    del a
    r.append(sys.getrefcount(obj))
    del b
    r.append(sys.getrefcount(obj))
    del list1
    r.append(sys.getrefcount(obj))
    print(r)

main()
