#: title: saveall - DEBUG_SAVEALL keeps what the collector found
#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
#: about: With gc.DEBUG_SAVEALL set, the collector does everything as usual -- finds the unreachable cycle, runs the __del__ methods -- except the last step: instead of freeing the objects it appends them to gc.garbage, so a program (or a student) can inspect what would have been freed. Here a two-node cycle is collected under DEBUG_SAVEALL: __del__ runs for both, gc.collect() returns 2, and the two nodes are still there in gc.garbage, still pointing at each other. Once the flag is cleared and gc.garbage emptied, the nodes are an unreachable cycle again; the next collection frees them for good, and this time no __del__ runs: a finalizer never runs twice for the same object.
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__ of', self.name)

def make_cycle():
    a = Node('a')
    b = Node('b')
    a.other = b
    b.other = a
    return None  #> the locals die with the call; a <-> b keep each other at rc=1

gc.collect()  #> start from a clean heap
gc.set_debug(gc.DEBUG_SAVEALL)  #> keep everything the collector finds in gc.garbage instead of freeing it
make_cycle()
print('collected:', gc.collect())  #> 2: both nodes were unreachable; their __del__ ran, but they were saved, not freed
print('gc.garbage:', len(gc.garbage), 'objects')
for x in gc.garbage:
    print(' ', x.name, 'points to', x.other.name)  #> the saved objects are intact and still form the cycle
gc.set_debug(0)  #> back to normal
del x  #> the loop variable still referred to the last node
del gc.garbage[:]  #> gc.garbage was the only thing keeping the pair reachable
print('collected:', gc.collect())  #> 2 again -- and no __del__ lines: both were already finalized in the first collection
print('gc.garbage:', gc.garbage)
