#: profiles: cpython2.7
# gc.get_count() deltas for old-style class statements executed at run time (2.7 only)
import gc

def main():
    gc.disable()
    gc.collect()
    r = []
    r.append(gc.get_count())
    class C:
        pass
    r.append(gc.get_count())
    class D:
        x = 1
        def m(self):
            return 1
    r.append(gc.get_count())
    class E(D):
        pass
    r.append(gc.get_count())
    class F():
        pass
    r.append(gc.get_count())
    print(r)

main()
