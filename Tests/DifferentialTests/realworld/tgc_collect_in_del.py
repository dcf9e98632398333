# Source: CPython Lib/test/test_gc.py, GCTests.test_del / test_del_newclass neighbour: "__del__ methods can trigger collection"
# What: a __del__ that calls gc.collect() itself, while another cycle waits.
import gc

class Collector(object):
    def __del__(self):
        print("collecting from __del__: %d" % gc.collect())

l = []
l.append(l)
del l
c = Collector()
del c
print(gc.collect())
