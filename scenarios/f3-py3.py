#: title: f3 - collecting a cycle by hand with DEBUG_LEAK (Python 3)
#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
#: about: The seed's third example in Python 3 form. One ClassA cycle is made and both names are deleted; gc.garbage is empty because no collection has run yet. gc.collect() finds the two instances unreachable and, with DEBUG_LEAK, reports them on stderr as "collectable"; since Python 3.4 a cycle with __del__ is finalized normally, so both "object del" lines appear during the collection. The result is 2, not 4 as in Python 2: 3.11 keeps instance attributes inside the instance, so there are no separate __dict__ objects. DEBUG_LEAK includes DEBUG_SAVEALL, so the collected instances are kept in gc.garbage instead of being freed. At the end the debug flags are switched off (Python 3 runs more collections at shutdown and would report every module, function and dict it frees) and gc.garbage is emptied and collected again, so nothing is left behind.
#encoding=utf-8
__author__ = 'gcviz'
import gc
import time

class ClassA:
    def __init__(self):
        print('object born,id:%s'%str(hex(id(self))))
    def __del__(self):
        print('object del,id:%s'%str(hex(id(self))))

def f3():
    # print(gc.collect())
    c1=ClassA()  #> rc=1; the attributes will live inside the instance, no __dict__ object is made
    c2=ClassA()
    c1.t=c2  #> rc=2
    c2.t=c1  #> the cycle: c1 -> c2 -> c1
    del c1  #> rc=1, kept alive by c2.t
    del c2  #> both rc=1: unreachable, but refcounting cannot tell
    print(gc.garbage)  #> [] -- no collection has run yet
    print(gc.collect())  #> 2 unreachable objects: listed as collectable on stderr, then __del__ runs for both (PEP 442) -- no deadlock over "which __del__ first"
    print(gc.garbage)  #> DEBUG_SAVEALL (part of DEBUG_LEAK) keeps the collected instances here instead of freeing them; __del__ has already run
    time.sleep(1)  #> the seed sleeps 10 s here; the visualizer just marks a pause

if __name__ == '__main__':
    gc.set_debug(gc.DEBUG_LEAK)  #> in Python 3 DEBUG_LEAK = COLLECTABLE | UNCOLLECTABLE | SAVEALL
    f3()
    gc.set_debug(0)  #> flags off before exit: the collections at interpreter shutdown would otherwise report thousands of objects
    del gc.garbage[:]  #> let go of the saved instances; they are still a cycle, so they do not die yet
    print(gc.collect())  #> 2 again, and no "object del" lines: __del__ never runs twice for the same object
