# gc.get_count() deltas for for-loops over range(), a list, a tuple, a dict, and while loops
import gc

def main():
    gc.disable()
    gc.collect()
    lst = [1, 2, 3]
    tup = (1, 2)
    d = {'a': 1}
    r = []
    r.append(gc.get_count())
    for i in range(3):
        pass
    r.append(gc.get_count())
    for i in range(50):
        pass
    r.append(gc.get_count())
    for x in lst:
        pass
    r.append(gc.get_count())
    for x in tup:
        pass
    r.append(gc.get_count())
    for k in d:
        pass
    r.append(gc.get_count())
    for x in [1, 2]:
        pass
    r.append(gc.get_count())
    i = 0
    while i < 10:
        i += 1
    r.append(gc.get_count())
    for i in range(3):
        x = [i]
    r.append(gc.get_count())
    print(r)

main()
