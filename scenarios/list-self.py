#: title: list-self - a list that contains itself
#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
#: about: A list appended to itself is a one-object cycle: after `del l` its reference count is still 1 (its own slot), so only the cycle collector can free it; gc.collect() reports 1. Printing such a list shows [...] where it meets itself again. The second half hangs an object with __del__ off a self-containing list. Python 2 refuses to free cycles that contain objects with __del__ -- but here the Res object is not part of the cycle, only reachable from it. The collector frees the list; clearing the list drops Res's last reference, and reference counting frees Res and runs its __del__ during the collection. gc.collect() returns 1 (just the list) and gc.garbage stays empty.
import gc
import sys

class Res(object):
    def __del__(self):
        print('__del__ of Res')  #> runs while the collector clears the list that held it

gc.collect()  #> start from a clean heap
l = []
print('refcount %d' % (sys.getrefcount(l) - 1))  #> 1: the name l (getrefcount's own argument is subtracted)
l.append(l)  #> the list's first slot now refers to the list itself
print('refcount %d' % (sys.getrefcount(l) - 1))  #> 2: the name and the slot
print(l)  #> repr stops where the list meets itself: [[...]]
print('l[0] is l: %s' % (l[0] is l))
del l  #> rc 2 -> 1: the slot keeps the list alive, but nothing can reach it
print('collected: %d' % gc.collect())  #> 1: the list's only reference comes from inside itself, so it is unreachable
m = [Res(), None]
m[1] = m  #> a cycle through a subscript assignment: m[1] is m
del m  #> the list and the Res object are unreachable; only the list is in a cycle
found = gc.collect()  #> the list is freed; clearing it releases Res, whose refcount drops to 0 -- its __del__ runs during the collection, no gc.garbage involved
print('collected: %d' % found)  #> 1: only the list counts; Res was freed by reference counting
print('gc.garbage: %s' % gc.garbage)
