# dict and tuple free lists: create/free 100 dicts and 100 2-tuples; gen-2 collect empties free lists
import gc

def main():
    gc.disable()
    gc.collect()
    keep = []
    r = []
    r.append(gc.get_count())
    for i in range(100):
        keep.append({})
    r.append(gc.get_count())
    del keep[:]
    r.append(gc.get_count())
    for i in range(100):
        keep.append({})
    r.append(gc.get_count())
    del keep[:]
    r.append(gc.get_count())
    for i in range(100):
        keep.append((i, i))
    r.append(gc.get_count())
    del keep[:]
    r.append(gc.get_count())
    for i in range(100):
        keep.append((i, i))
    r.append(gc.get_count())
    del keep[:]
    r.append(gc.get_count())
    print(r)

main()
