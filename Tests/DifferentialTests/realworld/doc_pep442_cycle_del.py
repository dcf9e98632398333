# Source: PEP 442 "Safe object finalization" (motivating example: a cycle whose objects have finalizers)
# What: since 3.4 a cycle with __del__ is finalized then freed; 2.7 leaves it in gc.garbage.
import gc

class A(object):
    def __del__(self):
        print("A finalized; partner is %s" % type(self.partner).__name__)

class B(object):
    def __del__(self):
        print("B finalized")

a = A()
b = B()
a.partner = b
b.partner = a
del a, b
print(gc.collect())
print(len(gc.garbage))
