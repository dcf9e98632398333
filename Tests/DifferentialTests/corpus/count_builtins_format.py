# gc.get_count() deltas for builtins and string formatting: str, hex, id, len, isinstance, repr, type, %
import gc

class Obj(object):
    pass

def main():
    gc.disable()
    o = Obj()
    gc.collect()
    r = []
    r.append(gc.get_count())
    s = str(5)
    r.append(gc.get_count())
    s = str(6)
    r.append(gc.get_count())
    s = hex(id(o))
    r.append(gc.get_count())
    n = len(r)
    r.append(gc.get_count())
    b = isinstance(o, Obj)
    r.append(gc.get_count())
    b = isinstance(o, Obj)
    r.append(gc.get_count())
    s = repr(o)
    r.append(gc.get_count())
    t = type(o)
    r.append(gc.get_count())
    s = 'x%s' % 5
    r.append(gc.get_count())
    s = '%s-%d' % ('a', 7)
    r.append(gc.get_count())
    s = '%s-%d' % (s, n)
    r.append(gc.get_count())
    s = '%r' % (o,)
    r.append(gc.get_count())
    s = 'a' + 'b' + s
    r.append(gc.get_count())
    print(r)

main()
