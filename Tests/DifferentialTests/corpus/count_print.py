# gc.get_count() deltas around print() calls (stdout is a pipe under the harness)
import gc

def main():
    gc.disable()
    gc.collect()
    r = []
    r.append(gc.get_count())
    r.append(gc.get_count())
    print('first')
    r.append(gc.get_count())
    print('second')
    r.append(gc.get_count())
    print(5)
    r.append(gc.get_count())
    print('a %s %d' % ('b', 3))
    r.append(gc.get_count())
    gc.collect()
    r.append(gc.get_count())
    print('after collect')
    r.append(gc.get_count())
    print('again')
    r.append(gc.get_count())
    print(r)

main()
