# gen-2 long-lived rule: with (50, 2, 2) count2 climbs past 2 until pending >= total // 4, then gen 2 runs
import gc

def main():
    keep = []
    gc.collect()
    gc.set_threshold(50, 2, 2)
    r = []
    prev = 0
    i = 0
    while i < 6000:
        keep.append([])
        c = gc.get_count()
        if c[2] < prev:
            r.append(i)
            r.append(prev)
        prev = c[2]
        i += 1
    gc.set_threshold(700, 10, 10)
    print(r)
    print(gc.get_count())

main()
