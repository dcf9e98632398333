# address reuse with strs made at run time: a freed hex() result, a str kept in a list, a list whose item array grows
class Obj(object):
    pass

def show(tag, x):
    print(tag + ' ' + hex(id(x)))

a = Obj()
show('a', a)
h = hex(id(a))
del a
b = Obj()
show('b', b)
del h
c = Obj()
show('c', c)
kept = []
kept.append('k' + str(len(kept)) + 'x' * 12)
del b
d = Obj()
show('d', d)
same = kept[0] + ''
print(same is kept[0])
del c
kept.append(1)
kept.append(2)
e = Obj()
show('e', e)
names = []
for i in range(3):
    names.append(str(i) + '-name-abcdefgh')
del d
f = Obj()
show('f', f)
names = None
g = Obj()
show('g', g)
