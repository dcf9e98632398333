#: title: long-lived - why a full collection is postponed while the old generation is big
#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
#: about: A full (generation 2) collection has to examine every object in the program, so CPython adds a rule the seed text does not mention: even when count2 exceeds threshold2, generation 2 is collected only if the objects promoted into it since the last full collection (long_lived_pending) are at least a quarter of the objects that survived that collection (long_lived_total); otherwise the collector falls back to generation 1 and count2 keeps growing past its threshold. Here 1000 long-lived items are made first and a full collection records them as the long-lived total. Then new items are added with tiny thresholds (10, 2, 2): every fourth collection is of generation 1 and pushes the 44 or so items made since the previous one into generation 2, count2 climbs 1, 2, 3, 4 ... far past 2, and only when 250 newly promoted items (1000 // 4) have piled up does a full collection happen (count2 back to 0). After it the old generation is bigger, so the next full collection needs even more. gc.freeze() at the start parks the interpreter's own objects in the permanent generation so that the long-lived total is exactly this scenario's objects.
import gc

class Item:  #> one container allocation per item
    pass

keep = []  #> every item is kept alive: all of them are long-lived
readings = []  #> text recorded during the run, printed at the end (printing itself would allocate)

def fill(n):
    i = 0
    while i < n:
        keep.append(Item())
        i += 1
    return None

def grow(n):
    i = 0
    while i < n:
        keep.append(Item())  #> every 11th allocation triggers a collection inside this line
        i += 1
        c = gc.get_count()
        if c[0] == 0 and c[1] == 0:  #> count0 and count1 were just reset: this was a collection of generation 1 or 2
            if c[2] == 0:
                readings.append('%d new items: FULL collection (gen 2), count = (%d, %d, %d)' % (i, c[0], c[1], c[2]))  #> count2 reset: generation 2 was collected at last
            else:
                readings.append('%d new items: gen-1 collection, count = (%d, %d, %d)' % (i, c[0], c[1], c[2]))  #> count2 is over its threshold 2 whenever it shows 3 or more: gen 2 was due, but skipped
    return None

gc.freeze()  #> the interpreter's own objects move to the permanent generation, which the collector never examines
fill(1000)  #> 1000 items that will live for the whole run
gc.collect()  #> full collection: its survivors (the 1000 items) become long_lived_total; pending starts at 0
gc.set_threshold(10, 2, 2)  #> gen 0 after 10 allocations, gen 1 after 2 gen-0 collections, gen 2 "after 2 gen-1 collections" -- if the long-lived rule allows
grow(700)  #> each gen-1 collection promotes ~44 survivors into gen 2; a full collection needs 1000 // 4 = 250 of them; after it about 1270 objects are long-lived, so the next one needs about 318
for line in readings:
    print(line)
print('items kept:', len(keep))
del keep[:]  #> the items die by reference counting, no collection needed
gc.unfreeze()  #> give the frozen objects back to generation 2
