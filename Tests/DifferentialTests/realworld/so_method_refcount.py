# Source: Stack Overflow, "Why does calling a method increase the reference count?" (answers: the bound method holds self)
# What: a bound method object holds a reference to its instance.
import sys

class A(object):
    def m(self):
        return sys.getrefcount(self)

a = A()
print(sys.getrefcount(a))
print(a.m())
bound = a.m
print(sys.getrefcount(a))
del bound
print(sys.getrefcount(a))
