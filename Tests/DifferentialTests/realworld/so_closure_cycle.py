# Source: Stack Overflow, "Do nested functions create reference cycles?" (answers: a recursive inner function is a cycle through its cell)
# What: a nested function that refers to itself survives its outer call until the collector runs.
import gc
import weakref

class Payload(object):
    pass

def outer():
    p = Payload()
    def inner(n):
        if n:
            return inner(n - 1)
        return p
    inner(2)
    return weakref.ref(p)

gc.collect()
r = outer()
print(r() is not None)
print(gc.collect())
print(r() is None)
