#: title: cascade-py2 - gen-0 counter, thresholds and the collection cascade (Python 2)
#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
#: about: The seed text's description of gc.get_count() and the thresholds, checked against Python 2.7. count0 counts container objects allocated (minus freed) since the last collection; when an allocation makes it exceed threshold0, generation 0 is collected, count0 drops to 0 and count1 goes up by one; when count1 exceeds threshold1 the collection is of generation 1 instead (count0 and count1 reset, count2 + 1). Thresholds are tiny, (5, 2, 2), so this happens within a few dozen allocations; every Node is kept alive and moves up a generation with each collection it survives. The comparison is "greater than": the 6th allocation triggers, not the 5th as the seed says. The scenario stops before count2 passes its threshold: a full collection also needs the long-lived condition (see long-lived, Python 3). Readings are recorded during the loop and printed at the end, because printing allocates hidden temporaries of its own.
import gc

class Node(object):  #> a new-style class without attributes: exactly one container allocation per instance (an old-style instance would cost two: instance + __dict__)
    pass

keep = []  #> every Node is appended here, so none of them ever dies
readings = []  #> one line of text per reading (strings are not tracked by the collector)

def record(made):
    c = gc.get_count()
    readings.append('%d made: count0 = %d  count1 = %d  count2 = %d' % (made, c[0], c[1], c[2]))

def grow(n):
    i = 0
    while i < n:
        keep.append(Node())  #> count0 + 1; when it would pass 5, a collection runs inside this allocation instead
        i += 1
        record(i)

gc.set_threshold(5, 2, 2)  #> collect gen 0 when count0 > 5, gen 1 when count1 > 2 (gen 2 when count2 > 2, if the long-lived rule allows)
gc.collect()  #> a full collection resets the counters to (0, 0, 0) and empties the free lists
record(0)  #> the baseline; the objects this first reading needs (a frame for record, the result tuples, a bound method) are real allocations, later readings reuse them
grow(45)  #> the first Node already triggers a gen-0 collection: the baseline reading's temporaries and grow's frame (in Python 2 every frame is a container object) used up the budget. After that count0 climbs to 5 and falls to 0; count1 climbs with every gen-0 collection; every 4th collection is of gen 1 and bumps count2
for line in readings:
    print(line)
print('gc.get_threshold() = %s' % (gc.get_threshold(),))
