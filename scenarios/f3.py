#: title: f3 - collecting a cycle by hand with DEBUG_LEAK
#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
#: about: The third example of the seed text. One ClassA cycle is made and both names are deleted; gc.garbage is still empty because nothing has looked for cycles yet. gc.collect() then finds 4 unreachable objects -- the two instances and the two __dict__ objects that old-style instances keep their attributes in -- and reports each on stderr ("gc: uncollectable ..."). Because ClassA has __del__, Python 2 refuses to free the cycle; and because DEBUG_LEAK includes DEBUG_SAVEALL, all four objects (dicts too) are appended to gc.garbage, which the last print shows. __del__ never runs. Under cpython3.11 the same code finds 2 objects (no __dict__ objects), reports them as collectable, runs both __del__ and keeps them in gc.garbage (SAVEALL).
#encoding=utf-8
__author__ = 'gcviz'
import gc
import time

class ClassA():
    def __init__(self):
        print('object born,id:%s'%str(hex(id(self))))
    def __del__(self):
        print('object del,id:%s'%str(hex(id(self))))

def f3():
    # print(gc.collect())
    c1=ClassA()  #> instance 1 and its __dict__ are born: rc=1
    c2=ClassA()  #> instance 2 and its __dict__
    c1.t=c2  #> stored in instance 1's __dict__ under 't': rc=2
    c2.t=c1  #> the cycle: instance -> __dict__ -> other instance -> __dict__ -> back
    del c1  #> rc=1, kept alive by c2.t
    del c2  #> both rc=1: unreachable from any name, but refcounting cannot tell
    print(gc.garbage)  #> [] -- no collection has run yet, so nothing is known to be garbage
    print(gc.collect())  #> 4 unreachable objects: 2 instances + 2 __dict__s; __del__ blocks freeing, so stderr lists them as uncollectable
    print(gc.garbage)  #> DEBUG_SAVEALL (part of DEBUG_LEAK) keeps all four here, dicts included; __del__ was never called
    time.sleep(1)  #> the seed sleeps 10 s here to let you watch the process; the visualizer just marks a pause

if __name__ == '__main__':
    gc.set_debug(gc.DEBUG_LEAK)  #> DEBUG_LEAK = COLLECTABLE | UNCOLLECTABLE | INSTANCES | OBJECTS | SAVEALL: report every object found, keep them all in gc.garbage
    f3()
    gc.set_debug(0)  #> flags off before exit: 3.x's collections at interpreter shutdown would otherwise report every module, function and dict they free
