#: profiles: cpython2.7
# gc.get_count() deltas around Python 2 print statements (2.7 only)
import gc

def main():
    gc.disable()
    gc.collect()
    r = []
    r.append(gc.get_count())
    r.append(gc.get_count())
    print 'first'
    r.append(gc.get_count())
    print 'a', 5
    r.append(gc.get_count())
    print 'b',
    r.append(gc.get_count())
    print
    r.append(gc.get_count())
    print r

main()
