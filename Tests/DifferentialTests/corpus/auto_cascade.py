# cascade with small thresholds: count0 > 3 collects gen 0, count1 > 2 collects gen 1, count2 > 2 gen 2
import gc

def main():
    gc.collect()
    gc.set_threshold(3, 2, 2)
    keep = []
    r = []
    i = 0
    while i < 60:
        keep.append([])
        r.append(gc.get_count())
        i += 1
    gc.set_threshold(700, 10, 10)
    print(r[:20])
    print(r[20:40])
    print(r[40:])

main()
