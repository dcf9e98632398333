# gc.get_count() deltas for weakref.ref with and without callback, calling the ref, dropping it
import gc
import weakref

class Obj(object):
    pass

def cb(w):
    pass

def main():
    gc.disable()
    o = Obj()
    p = Obj()
    gc.collect()
    r = []
    r.append(gc.get_count())
    w = weakref.ref(o)
    r.append(gc.get_count())
    w2 = weakref.ref(o)
    r.append(gc.get_count())
    w3 = weakref.ref(p, cb)
    r.append(gc.get_count())
    x = w()
    r.append(gc.get_count())
    del w3
    r.append(gc.get_count())
    del p
    r.append(gc.get_count())
    print(r)
    print(w is w2)

main()
