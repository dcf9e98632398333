#: profiles: cpython2.7
# 2.7 classic classes: a class with bases keeps them in a bases tuple
# (cl_bases) that dies with it; a classic class is no cycle, so del frees
# it (and its tuple) at once; refcounts of a base while subclasses live.
import gc, sys

class Base:
    pass

class Child(Base):
    pass

class Other(Base, Child):
    pass

def main():
    print(sys.getrefcount(Base), sys.getrefcount(Child))
    print(Other.__name__, isinstance(Other(), Base))
    gc.collect()
    print(gc.collect())

main()
print(sys.getrefcount(Base))
del Other
print(sys.getrefcount(Base), sys.getrefcount(Child))
del Child
print(sys.getrefcount(Base), gc.collect())
t = (1, 2)
print(hex(id(t)) != '')
