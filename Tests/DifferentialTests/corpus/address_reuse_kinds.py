# address reuse across kinds: lists, dicts, instances and tuples freed and re-created alternately
class Obj(object):
    pass

def show(tag, x):
    print('%s %s' % (tag, hex(id(x))))

l = [1]
show('list', l)
del l
m = [2]
show('list again', m)
o = Obj()
show('obj', o)
del o
t = (1, [])
show('tuple', t)
del t
o2 = Obj()
show('obj again', o2)
d = {'a': 1}
show('dict', d)
del d
d2 = {'b': 2}
show('dict again', d2)
del m
l3 = [3, 4]
show('list 3', l3)
