# Source: CPython Lib/test/test_generators.py, "gc of a generator in a cycle" (a suspended generator whose frame refers back to the container holding it)
# What: a suspended generator keeps its frame alive; in a cycle it is collected, and its frame's locals freed.
import gc

class Tracked(object):
    def __del__(self):
        print("frame local freed")

def gen(box):
    t = Tracked()
    yield 1
    yield 2

box = []
g = gen(box)
box.append(g)
print(next(g))
del g, box
print(gc.collect() > 0)
