#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
# An exception class with __del__: the finalizer runs when the exception dies (after the handler in 3.x, when the function returns in 2.7), on a kept exception's del, and for one in a cycle (2.7 keeps such a cycle in gc.garbage, 3.x collects it); counts inside __del__
import sys, gc

class Tracked(Exception):
    def __del__(self):
        print("del", self.args[0], sys.getrefcount(self))

def handle():
    try:
        raise Tracked("handled")
    except Tracked:
        print("in handler")
    print("after handler")

handle()
print("after handle")

kept = Tracked("kept")
print(sys.getrefcount(kept))
del kept

class Holder(object):
    pass

def cycle():
    e = Tracked("cycle")
    h = Holder()
    h.e = e
    e.holder = h

gc.collect()
cycle()
print(gc.collect(), len(gc.garbage))
for item in gc.garbage:
    print(type(item).__name__)
del gc.garbage[:]
print("end")
