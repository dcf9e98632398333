d = {'a': 1, 2: 'b'}
d['c'] = [d]
print(d.get('a'), d.get('z', 0), d.setdefault('e', 5), d.pop('a'), d.pop('q', None))
d.update({'f': 6})
print(len(d))
for k in d:
    print(k)
del d['c']
d.clear()
print(d, 'e' in d)
