#: profiles: cpython2.7
# gc.get_count() deltas for old-style instances (instance + __dict__), with __init__ and __del__ (2.7 only)
import gc

class Old:
    pass

class OldInit:
    def __init__(self, v):
        self.v = v

class OldDel:
    def __del__(self):
        pass

def main():
    gc.disable()
    gc.collect()
    r = []
    r.append(gc.get_count())
    a = Old()
    r.append(gc.get_count())
    b = Old()
    r.append(gc.get_count())
    c = OldInit(1)
    r.append(gc.get_count())
    d = OldInit(2)
    r.append(gc.get_count())
    e = OldDel()
    r.append(gc.get_count())
    del e
    r.append(gc.get_count())
    e = OldDel()
    r.append(gc.get_count())
    del e
    r.append(gc.get_count())
    del a
    r.append(gc.get_count())
    del b, c, d
    r.append(gc.get_count())
    print(r)

main()
