# the seed's f3: a two-instance cycle with __del__ under DEBUG_LEAK
import gc

class ClassA():
    def __init__(self):
        print('object born,id:%s' % hex(id(self)))
    def __del__(self):
        print('object del,id:%s' % hex(id(self)))

def f3():
    c1 = ClassA()
    c2 = ClassA()
    c1.t = c2
    c2.t = c1
    del c1
    del c2
    print(gc.garbage)
    print(gc.collect())
    print(gc.garbage)

gc.set_debug(gc.DEBUG_LEAK)
f3()
gc.set_debug(0)
for g in gc.garbage:
    if isinstance(g, ClassA):
        g.t = None
del gc.garbage[:]
print('end')
