# gc.get_count() deltas for def and class statements executed at run time, with defaults and bases
import gc

class Base(object):
    pass

def main():
    gc.disable()
    gc.collect()
    r = []
    r.append(gc.get_count())
    def inner(a):
        return a
    r.append(gc.get_count())
    def inner2(a, b=[]):
        return b
    r.append(gc.get_count())
    def inner3(a, b=1, c=2):
        return c
    r.append(gc.get_count())
    class C(object):
        pass
    r.append(gc.get_count())
    class D(Base):
        x = 1
        def m(self):
            return 1
    r.append(gc.get_count())
    del inner
    r.append(gc.get_count())
    print(r)

main()
