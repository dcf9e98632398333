# the list free list: 100 lists created and freed twice after gc.collect(); only some allocations count
import gc

def make(keep, n):
    i = 0
    while i < n:
        keep.append([])
        i += 1

def main():
    gc.disable()
    gc.collect()
    keep = []
    r = []
    r.append(gc.get_count())
    make(keep, 100)
    r.append(gc.get_count())
    del keep[:]
    r.append(gc.get_count())
    make(keep, 100)
    r.append(gc.get_count())
    del keep[:]
    r.append(gc.get_count())
    make(keep, 30)
    r.append(gc.get_count())
    del keep[:]
    r.append(gc.get_count())
    print(r)

main()
