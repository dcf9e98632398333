l = [10, 20, 30]
s = 'abc'
print(s[1:], l[1:2], l[:-1], s[:0])
t = (1, 2, 3)
print(l[0], l[-1], t[1], s[2], l[True], t[False])
l[1] = 5
l[-1] = 6
print(l)
try_keys = {1: 'one', True: 'true?', 'k': 0}
print(try_keys[1], try_keys['k'])
print(l[3])
