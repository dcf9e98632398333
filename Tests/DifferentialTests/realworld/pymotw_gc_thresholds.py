# Source: PyMOTW (Doug Hellmann), gc, gc_get_threshold.py and gc_threshold.py
# What: the default thresholds, and a threshold of 1 that collects on almost every allocation.
import gc

print(gc.get_threshold())
gc.set_threshold(1)
print(gc.get_threshold())

class Graph(object):
    def __init__(self, name):
        self.name = name
        self.next = None

one = Graph('one')
two = Graph('two')
one.next = two
two.next = one
one = two = None
print(gc.get_count())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
