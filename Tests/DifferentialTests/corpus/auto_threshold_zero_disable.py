# set_threshold(0) and gc.disable() stop automatic collection; counters keep moving; gc.collect() still works
import gc

def main():
    gc.collect()
    gc.set_threshold(0)
    keep = []
    i = 0
    while i < 50:
        keep.append([])
        i += 1
    c = gc.get_count()
    print(c[0] > 40)
    print(gc.get_threshold())
    gc.set_threshold(5)
    print(gc.get_threshold())
    gc.disable()
    print(gc.isenabled())
    while i < 100:
        keep.append([])
        i += 1
    c = gc.get_count()
    print(c[0] > 40)
    print(gc.collect())
    print(gc.get_count())
    gc.enable()
    print(gc.isenabled())
    gc.set_threshold(700, 10, 10)
    print(gc.get_threshold())

main()
