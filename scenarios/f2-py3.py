#: title: f2 - a reference cycle in a loop (Python 3: collected, memory saws)
#: profile: cpython3.11
#: about: The seed's second loop in Python 3 form. Two ClassA instances point at each other through .t and both names are deleted, so reference counting cannot free them: each keeps the other at rc=1. Thresholds are small, so an automatic gen-0 collection runs every few rounds. Since Python 3.4 (PEP 442) the collector may finalize such a cycle: it calls __del__ on every unreachable object and then frees them, so the "object del" lines arrive in bursts, one burst per collection. The live count climbs and drops back (the memory chart saws) and gc.garbage stays empty -- compare f2, the Python 2 version, where the same code leaks.
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
            print('after %d rounds: %d ClassA alive, %d in gc.garbage' % (i, ClassA.alive, len(gc.garbage)))  #> the live count only holds the cycles made since the last collection; gc.garbage stays empty
        if i == 30:  #> the seed loops forever; stop after 30 rounds
            break

if __name__ == '__main__':
    gc.collect()  #> a full collection first: the counters restart from (0, 0, 0), so the collection moments below are always the same
    gc.set_threshold(10, 10, 10)  #> a gen-0 collection whenever more than 10 new container objects are pending
    f2()
    print(gc.collect())  #> a full collection takes the cycles made since the last automatic one: 2 objects per cycle
    print('at the end: %d ClassA alive, %d in gc.garbage' % (ClassA.alive, len(gc.garbage)))  #> everything was freed: no leak in Python 3
