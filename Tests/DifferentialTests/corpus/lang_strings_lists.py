# str/list/tuple/dict operations: len, slicing, +, %, in, ==, indexing, del, for over dict
s = 'hello'
print(len(s))
print(s + ' world')
print('%s has %d chars, hex %x, repr %r' % (s, len(s), 255, s))
print('ell' in s)
l = [1, 2, 3, 4]
print(l[1:])
print(l[0])
print(l + [5])
print(3 in l)
print(9 not in l)
print(l == [1, 2, 3, 4])
del l[0]
print(l)
l[0] = 'two'
print(l)
t = (1, 'a')
print(len(t))
print(t == (1, 'a'))
d = {'one': 1, 'two': 2}
d['three'] = 3
print(len(d))
print('two' in d)
del d['one']
for k in d:
    print('%s=%d' % (k, d[k]))
print(list((1, 2)))
print(tuple([3, 4]))
print(str(12) + repr('x'))
print(l[1:] == [3, 4])
print(d == {'two': 2, 'three': 3})
n = None
print('%s %s %s' % (not l, n is None, l is not None))
