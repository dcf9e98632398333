# Source: Python docs, library/sys.rst, sys.getrefcount ("generally one higher than you might expect")
# What: the argument itself is a temporary reference.
import sys

class Thing(object):
    pass

t = Thing()
print(sys.getrefcount(t))
u = t
print(sys.getrefcount(t))
l = [t, t]
print(sys.getrefcount(t))
del l, u
print(sys.getrefcount(t))
