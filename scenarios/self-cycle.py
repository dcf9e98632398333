#: title: self-cycle - an object that refers to itself
#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
#: about: The smallest possible cycle: one object whose attribute points to the object itself. Its reference count never drops below 1 -- the object holds that reference itself -- so `del n` leaves it alive although nothing in the program can reach it any more. A weak reference lets us watch it without keeping it alive. The cycle collector subtracts the internal reference (the one from n.me) from the count, finds nothing left from outside, and frees it: __del__ runs during the collection and gc.collect() returns 1. The same object without the self-reference is freed by refcounting alone, at the moment of the del.
import gc
import sys
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__ of', self.name)

gc.collect()  #> start from a clean heap
plain = Node('plain')
print('plain: refcount', sys.getrefcount(plain) - 1)  #> 1: only the name plain (getrefcount adds its own argument, hence the - 1)
del plain  #> rc 1 -> 0: freed immediately, __del__ runs right here
n = Node('loop')
w = weakref.ref(n)  #> a weak reference does not count: we can look at the object without keeping it alive
print('loop: refcount', sys.getrefcount(n) - 1)  #> 1: the name n
n.me = n  #> the object now points to itself
print('loop: refcount', sys.getrefcount(n) - 1)  #> 2: the name n and the attribute me
del n  #> rc 2 -> 1: the object keeps itself alive
print('still alive after del:', w() is not None)  #> True: unreachable, yet not freed -- a leak for pure reference counting
print('collected:', gc.collect())  #> the collector: rc 1 minus 1 internal reference (.me) = 0 references from outside -> unreachable; __del__ runs, then it is freed
print('still alive after collect:', w() is not None)  #> False: the weak reference was cleared when the object died
