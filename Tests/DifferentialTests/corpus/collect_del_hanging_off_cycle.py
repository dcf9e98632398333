# a __del__ object referenced from a list cycle (not itself in the cycle)
import gc

class Leaf(object):
    def __del__(self):
        print('leaf __del__')

class Holder(object):
    pass

gc.collect()
l = []
l.append(l)
l.append(Leaf())
del l
print('collecting')
print(gc.collect())
print(gc.garbage)
h = Holder()
h.me = h
h.leaf = Leaf()
del h
print(gc.collect())
print(gc.garbage)
