#: title: f2 - a reference cycle in a loop: 2.7 leaks it into gc.garbage, 3.x collects it
#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
#: about: The second loop of the seed text. Two ClassA instances point at each other through .t, then both names are deleted. Each instance is still referenced once (by the other), so reference counting can never free them. The cycle collector does find them (thresholds are set small so that automatic gen-0 collections happen every few rounds), but in Python 2 a cycle whose objects have __del__ is not freed: the collector cannot know which __del__ to call first, so it parks the instances in gc.garbage and never calls __del__. The class counts live instances: watch "alive" and len(gc.garbage) climb after every collection -- the memory chart only goes up. Under cpython3.11 (p, or play f2 --compare cpython2.7,cpython3.11) the same code is collected: since Python 3.4 (PEP 442) the collector calls __del__ on the cycle and frees it, so the live count saws and gc.garbage stays empty.
#encoding=utf-8
__author__ = 'gcviz'
import gc

class ClassA():
    alive = 0  #> a class attribute counting the instances that exist right now
    def __init__(self):
        ClassA.alive = ClassA.alive + 1
        print('object born,id:%s'%str(hex(id(self))))
    def __del__(self):
        ClassA.alive = ClassA.alive - 1  #> never reached under 2.7, which will not finalize a cycle; 3.x runs it when a collection finalizes one
        print('object del,id:%s'%str(hex(id(self))))

def f2():
    i = 0
    while True:
        c1=ClassA()  #> rc(c1)=1; in 2.7 each old-style instance costs two GC allocations (instance + __dict__), in 3.11 one
        c2=ClassA()
        c1.t=c2  #> c2's object is now referenced by c2 and by c1.t: rc=2
        c2.t=c1  #> and c1's object by c1 and c2.t: rc=2 -- a cycle
        del c1  #> rc drops to 1: the other object still points here
        del c2  #> no name is left: each object keeps rc=1 through .t, so refcounting can never free them
        i += 1
        if i % 5 == 0:
            print('after %d rounds: %d ClassA alive, %d in gc.garbage' % (i, ClassA.alive, len(gc.garbage)))  #> 2.7: collections found the cycles but moved them to gc.garbage, nothing was freed; 3.11: freed, gc.garbage stays empty
        if i == 30:  #> the seed loops forever; stop after 30 rounds
            break

if __name__ == '__main__':
    reserve = []
    for i in range(100):
        reserve.append({})  #> CPython 2 keeps up to 80 freed dicts for reuse, and a reused dict is not counted as an allocation; taking 100 empties that free list, so every __dict__ below is a fresh, counted allocation
    gc.collect()  #> a full collection first: the counters restart from (0, 0, 0), so the collection moments below are always the same
    gc.set_threshold(20, 10, 10)  #> a gen-0 collection whenever more than 20 new container objects are pending
    f2()
    print(gc.collect())  #> a full collection finds the cycles made since the last automatic one: 4 objects per cycle in 2.7 (2 instances + their 2 __dict__s), 2 in 3.11
    print('at the end: %d ClassA alive, %d in gc.garbage' % (ClassA.alive, len(gc.garbage)))  #> 2.7: all 60 instances are still alive, all of them in gc.garbage -- the leak of the seed text; 3.11: none
