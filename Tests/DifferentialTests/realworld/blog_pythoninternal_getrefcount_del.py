# Source: "Python Memory Management" tutorial, realpython.com / Python Internals blog (refcount goes up with aliases, down with del)
# What: aliases in names, containers and attributes, and del undoing each.
import sys

class Box(object):
    pass

x = object()
print(sys.getrefcount(x))
box = Box()
box.item = x
print(sys.getrefcount(x))
d = {'k': x}
print(sys.getrefcount(x))
del box.item
print(sys.getrefcount(x))
d.clear()
print(sys.getrefcount(x))
