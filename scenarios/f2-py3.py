#: title: f2 - a reference cycle in a loop (Python 3: collected, memory saws)
#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
#: about: The seed's second loop in Python 3 form. Two ClassA instances point at each other through .t and both names are deleted, so reference counting cannot free them: each keeps the other at rc=1. Thresholds are small, so an automatic gen-0 collection runs every few rounds. Since Python 3.4 (PEP 442) the collector may finalize such a cycle: it calls __del__ on every unreachable object and then frees them, so the "object del" lines arrive in bursts, one burst per collection. The live count climbs and drops back (the memory chart saws) and gc.garbage stays empty -- compare f2, the Python 2 version, where the same code leaks. It does not drop back to zero, though: when a collection fires while an instance is still being built (inside its __init__, whose print allocates), that instance is reachable from the running frame, so it survives and is promoted to generation 1; the cycle it then forms is referenced from generation 1 and survives every gen-0 collection too. Such cycles pile up in generation 1 until a collection of generation 1 or 2 -- here the final gc.collect().
#encoding=utf-8
__author__ = 'gcviz'
import gc

class ClassA:
    alive = 0  #> a class attribute counting the instances that exist right now
    def __init__(self):
        ClassA.alive = ClassA.alive + 1
        print('object born,id:%s'%str(hex(id(self))))
    def __del__(self):
        ClassA.alive = ClassA.alive - 1  #> runs when a collection finalizes the cycle
        print('object del,id:%s'%str(hex(id(self))))

def f2():
    i = 0
    while True:
        c1=ClassA()  #> rc=1; one GC allocation per instance (3.11 keeps the attributes inside the instance, no dict object)
        c2=ClassA()
        c1.t=c2  #> c2's object: referenced by c2 and c1.t, rc=2
        c2.t=c1  #> c1's object: rc=2 -- a cycle
        del c1  #> rc=1: the other object still points here
        del c2  #> no name is left: each object keeps rc=1 through .t; only the cycle collector can free them
        i += 1
        if i % 5 == 0:
            print('after %d rounds: %d ClassA alive, %d in gc.garbage' % (i, ClassA.alive, len(gc.garbage)))  #> alive = cycles made since the last collection + one cycle per collection that was caught half-built and now waits in generation 1; gc.garbage stays empty
        if i == 30:  #> the seed loops forever; stop after 30 rounds
            break

if __name__ == '__main__':
    gc.collect()  #> a full collection first: the counters restart from (0, 0, 0), so the collection moments below are always the same
    gc.set_threshold(10, 10, 10)  #> a gen-0 collection whenever more than 10 new container objects are pending
    f2()
    print(gc.collect())  #> a full collection takes the cycles made since the last automatic one and the ones waiting in generation 1: 2 objects per cycle
    print('at the end: %d ClassA alive, %d in gc.garbage' % (ClassA.alive, len(gc.garbage)))  #> everything was freed: no leak in Python 3
