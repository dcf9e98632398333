# Source: Python 2.7 docs, library/gc.rst, gc.garbage ("objects that have __del__ methods and are part of a reference cycle")
# What: two objects with __del__ in a cycle: uncollectable in 2.7, finalized and freed in 3.4+.
import gc

class Resource(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing " + self.name)

a = Resource("a")
b = Resource("b")
a.other = b
b.other = a
del a, b
n = gc.collect()
print(n)
print(len(gc.garbage))
for obj in gc.garbage:
    print(obj.name)
