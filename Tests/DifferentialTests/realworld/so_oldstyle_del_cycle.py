# Source: Stack Overflow, "Python 2: reference cycle with old-style class and __del__" (answers on gc.garbage and breaking the cycle by hand)
#: profiles: cpython2.7
# What: an old-style cycle with __del__ lands in gc.garbage; breaking it by hand lets __del__ run.
import gc

class Old:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del %s" % self.name)

a = Old("a")
b = Old("b")
a.other = b
b.other = a
del a, b
print(gc.collect())
print(len(gc.garbage))
for o in gc.garbage:
    o.other = None
del gc.garbage[:]
del o
print("end")
