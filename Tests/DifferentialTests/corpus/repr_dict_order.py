# dict display and iteration order: 2.7 follows the hash table, 3.x insertion order
d = {}
d['obj1'] = 1
d['obj2'] = 2
d['a'] = 3
d['b'] = 4
d['c'] = 5
d['zeta'] = 6
print(d)
for k in d:
    print(k)
e = {'x': 1, 'y': 2, 'z': 3, 'name': 4, 'next': 5, 't': 6}
print(e)
del e['y']
e['y'] = 7
print(e)
n = {3: 'c', 1: 'a', 2: 'b', 10: 'j', -1: 'm'}
print(n)
