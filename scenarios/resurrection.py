#: title: resurrection - __del__ brings an object back to life
#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
#: about: Two separate cycles, a <-> b and c <-> d, become unreachable at the same time. During the collection the collector lists all four as collectable and calls every __del__ before freeing anything (PEP 442). But a's __del__ stores self in a global variable: a is reachable again, and so is b through a.other. The collector checks for this after the finalizers have run: the resurrected pair is moved out of the garbage and survives, only c and d are freed, and gc.collect() returns 2. When the global is cleared, a and b are an unreachable cycle once more; the next collection frees them without calling __del__ again (it runs at most once per object) and also returns 2.
import gc

saved = None  #> a global that a's __del__ will fill in

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        global saved
        print('__del__ of', self.name)
        if self.name == 'a':
            saved = self  #> a reference from a global: a (and b, through a.other) are reachable again

def pair(n1, n2):
    x = Phoenix(n1)
    y = Phoenix(n2)
    x.other = y
    y.other = x
    return None  #> the locals die; the pair keeps itself alive

gc.collect()  #> start from a clean heap
pair('a', 'b')
pair('c', 'd')
gc.set_debug(gc.DEBUG_COLLECTABLE)  #> report on stderr every object found unreachable
print('collected:', gc.collect())  #> all four are reported and all four __del__ run; then a and b turn out to be reachable again: only c and d are freed
gc.set_debug(0)
print('saved:', saved.name, 'with partner', saved.other.name)  #> the resurrected pair is alive and intact
saved = None  #> drop the only reference: a <-> b is unreachable again
print('collected:', gc.collect())  #> 2, and no __del__ lines: a and b were already finalized once
print('gc.garbage:', gc.garbage)
