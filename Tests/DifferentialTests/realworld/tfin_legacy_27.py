# Source: CPython 2.7 Lib/test/test_gc.py, test_del / gc docs: "Objects that have __del__() methods and are part of a reference cycle cause the entire reference cycle to be uncollectable"
#: profiles: cpython2.7
# What: a two-object cycle where only one object has __del__: both stay in gc.garbage.
import gc

class WithDel(object):
    def __del__(self):
        print("never")

class Plain(object):
    pass

a = WithDel()
b = Plain()
a.b = b
b.a = a
del a, b
print(gc.collect())
print([type(o).__name__ for o in gc.garbage])
g = gc.garbage[0]
del g.b
del gc.garbage[:]
del g
print("end")
