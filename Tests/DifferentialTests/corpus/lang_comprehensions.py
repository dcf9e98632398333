# List and dict comprehensions and lambdas. 3.x runs a comprehension as a
# function of its own (a function object made and dropped each time, its
# own frame: "in <listcomp>" in a traceback); 2.7 runs a list
# comprehension in place (its variable leaks into the enclosing scope) but
# a dict comprehension as a function. A lambda is a function object.
import gc, sys

class Box(object):
    def __init__(self, v):
        self.v = v

data = [3, 1, 2]
print([x * x for x in data], [x for x in data if x > 1])
print([(a, b) for a in range(3) for b in range(a) if b != 1])
d = {k: k * 2 for k in data if k > 1}
print(d[3], d[2], len(d))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add.__name__)
boxes = [Box(i) for i in range(4)]
print(sys.getrefcount(boxes[0]), len(boxes))
by_value = {b.v: b for b in boxes}
print(sys.getrefcount(boxes[1]))

def leak():
    [i for i in range(3)]
    try:
        return i
    except NameError:
        return "no leak"

print(leak())

def counts():
    gc.disable()
    gc.collect()
    before = gc.get_count()[0]
    r = [i for i in range(5)]
    middle = gc.get_count()[0]
    m = {i: i for i in range(3)}
    after = gc.get_count()[0]
    f = lambda: 1
    last = gc.get_count()[0]
    gc.enable()
    return middle - before, after - middle, last - after

print(counts())
print([[y for y in range(x)] for x in range(4)])
key = lambda box: box.v * 10
print(key(boxes[2]), [key(b) for b in boxes])
del boxes, by_value
print(gc.collect())
print([10 // x for x in [2, 1, 0]])
