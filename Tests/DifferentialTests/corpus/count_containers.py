# gc.get_count() deltas for list, dict, tuple literals (a reading's own tuple shows in the next reading)
import gc

def main():
    gc.disable()
    gc.collect()
    r = []
    r.append(gc.get_count())
    r.append(gc.get_count())
    a = []
    r.append(gc.get_count())
    b = {}
    r.append(gc.get_count())
    c = (1, 2)
    r.append(gc.get_count())
    d = (a, b)
    r.append(gc.get_count())
    e = [1, [2, [3]]]
    r.append(gc.get_count())
    f = {'k': [], 'j': {}}
    r.append(gc.get_count())
    del a, b, d
    r.append(gc.get_count())
    del e, f
    r.append(gc.get_count())
    g = []
    h = {}
    r.append(gc.get_count())
    t = (g, h, 1)
    r.append(gc.get_count())
    del t
    r.append(gc.get_count())
    t = (h, g, 2)
    r.append(gc.get_count())
    print(r)

main()
