# address pattern when objects are created in a loop and the previous one dies on rebinding
class Obj(object):
    pass

def run():
    x = None
    i = 0
    while i < 4:
        x = Obj()
        print('%d %s' % (i, hex(id(x))))
        i += 1
    keep = []
    i = 0
    while i < 3:
        keep.append(Obj())
        print('kept %s' % hex(id(keep[i])))
        i += 1

run()
