#: title: cascade - gen-0 counter, thresholds and the collection cascade (Python 3)
#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
#: about: gc.get_count() returns three counters. count0 is the number of container objects allocated (minus freed) since the last collection; when an allocation makes it exceed threshold0 a generation-0 collection runs, count0 drops to 0 and count1 goes up by one. When count1 exceeds threshold1 the collection is of generation 1 instead (count0 and count1 reset, count2 + 1), and when count2 exceeds threshold2 the next one is a full generation-2 collection that resets everything. Thresholds are set tiny, (5, 2, 2), so the whole cascade happens within 70 allocations; every Node is kept alive, so each collection promotes the survivors to the next generation. Note the comparison is "greater than": with threshold0 = 5 the 6th allocation triggers, not the 5th as the seed text says. gc.freeze() first parks the interpreter's own objects in a permanent generation so that generation 2 holds only this scenario's objects (see long-lived for why that matters). The readings are recorded while the loop runs and printed at the end, because print() itself allocates a few hidden temporaries that would blur the counts.
import gc

class Node:  #> one Node = one container allocation (3.11 stores attributes inside the instance)
    pass

keep = []  #> every Node is appended here, so none of them ever dies
readings = []  #> one line of text per reading (strings are not tracked by the collector)

def record(made):
    c = gc.get_count()
    readings.append('%d made: count0 = %d  count1 = %d  count2 = %d' % (made, c[0], c[1], c[2]))  #> reading the counters costs nothing after the first time: the tuples are reused from free lists

def grow(n):
    i = 0
    while i < n:
        keep.append(Node())  #> count0 + 1; when it would pass 5, a collection runs inside this allocation instead
        i += 1
        record(i)

gc.set_threshold(5, 2, 2)  #> collect gen 0 when count0 > 5, gen 1 when count1 > 2, gen 2 when count2 > 2
gc.freeze()  #> move every object that exists now into the permanent generation: the collector will ignore them, and generation 2 starts out empty, so nothing holds back the gen-2 collection (see long-lived)
gc.collect()  #> a full collection resets the counters to (0, 0, 0) (and empties the free lists)
record(0)  #> the baseline (0, 0, 0); the two tuples this first reading needs count as allocations, so the next reading starts at 2
grow(82)  #> count0 climbs to 5 and falls to 0; count1 climbs with every gen-0 collection, count2 with every gen-1 collection; at 76 count2 = 3 > 2 makes it a full collection: (0, 0, 0), and the next reading jumps by 3 again because a full collection empties the free lists
for line in readings:
    print(line)
print('gc.get_threshold() =', gc.get_threshold())
gc.unfreeze()  #> give the frozen objects back to generation 2
