#: title: weakref-callback - weakref callbacks and __del__: who runs first
#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
#: about: A weak reference may carry a callback that is called when its referent dies; calling the weakref afterwards returns None. When an object dies by reference counting (`del a`), CPython 3.11 first runs its __del__ and then clears the weak references and calls their callbacks. When objects die in a cyclic collection, the order is the other way round: the collector first clears all weak references to the unreachable objects and calls their callbacks, and only then runs the __del__ methods (PEP 442). In both cases the object is already gone for the callback: the weakref it receives returns None.
import gc
import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__ of', self.name)

def gone(ref):
    print('callback: the weakref now returns', ref())  #> None: the referent is dead by the time the callback runs

gc.collect()  #> start from a clean heap
a = Res('a')
w1 = weakref.ref(a, gone)  #> a weak reference with a callback; it does not add to a's count
print('w1() is a:', w1() is a)
del a  #> refcount death: __del__ first, then the weakref is cleared and its callback runs
b = Res('b')
c = Res('c')
b.other = c
c.other = b  #> b <-> c: a cycle
w2 = weakref.ref(b, gone)
del b, c  #> unreachable, but not freed: nothing happens yet
print('collected:', gc.collect())  #> cyclic collection: weakrefs are cleared and the callback runs first, then __del__ for b and c
print('w1() is None:', w1() is None, ' w2() is None:', w2() is None)
