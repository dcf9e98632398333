# dict keys that are strs made at run time: store, look up, pop and delete by an equal str made again
d = {}
d['ke' + 'y'] = 1
d['x' * 2] = 2
print(d['k' + 'ey'])
print('k' + 'ey' in d)
print(d.get('x' + 'x'))
print(d.pop('x' + 'x'))
del d['key'[0:2] + 'y']
print(len(d))
e = {'a' + 'b': 3}
print(e['ab'])
print(d.pop('n' + 'o', 'none'))
