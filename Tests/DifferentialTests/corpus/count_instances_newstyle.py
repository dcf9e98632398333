# gc.get_count() deltas for new-style instances: no attributes, attributes set in __init__, __del__, deleting them
import gc

class Plain(object):
    pass

class WithInit(object):
    def __init__(self, v):
        self.v = v

class WithDel(object):
    def __del__(self):
        pass

def main():
    gc.disable()
    gc.collect()
    r = []
    r.append(gc.get_count())
    a = Plain()
    r.append(gc.get_count())
    b = Plain()
    r.append(gc.get_count())
    c = WithInit(1)
    r.append(gc.get_count())
    d = WithInit(2)
    r.append(gc.get_count())
    a.x = 5
    r.append(gc.get_count())
    e = WithDel()
    r.append(gc.get_count())
    del e
    r.append(gc.get_count())
    e = WithDel()
    r.append(gc.get_count())
    del e
    r.append(gc.get_count())
    del a
    r.append(gc.get_count())
    del b
    r.append(gc.get_count())
    del c
    r.append(gc.get_count())
    print(r)

main()
