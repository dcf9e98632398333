# gc.get_count() deltas for method calls: a.m(), bound method stored in a variable, Base.m(self)
import gc

class Base(object):
    def m(self):
        return 1
    def n(self, x):
        return x

class Derived(Base):
    def m(self):
        return Base.m(self) + 1

def main():
    gc.disable()
    o = Derived()
    gc.collect()
    r = []
    r.append(gc.get_count())
    o.n(1)
    r.append(gc.get_count())
    o.n(2)
    r.append(gc.get_count())
    o.m()
    r.append(gc.get_count())
    o.m()
    r.append(gc.get_count())
    bm = o.n
    r.append(gc.get_count())
    bm(3)
    r.append(gc.get_count())
    del bm
    r.append(gc.get_count())
    bm = o.n
    r.append(gc.get_count())
    print(r)

main()
