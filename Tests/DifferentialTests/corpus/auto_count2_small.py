# the first automatic collections after gc.collect(): count sequence with thresholds (4, 1, 1)
import gc

def main():
    keep = []
    gc.collect()
    gc.set_threshold(4, 1, 1)
    r = []
    i = 0
    while i < 45:
        keep.append([])
        if i % 3 == 0:
            r.append(gc.get_count())
        i += 1
    gc.set_threshold(700, 10, 10)
    print(r)

main()
