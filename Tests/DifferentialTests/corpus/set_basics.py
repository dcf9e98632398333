# Sets and frozensets: set(), set(iterable), frozenset(), displays (3.x
# folds three or more constants into a frozenset constant), add, discard,
# remove and pop with their KeyErrors, clear, in, len, truth, ==, the
# unhashable-element TypeError, type() and isinstance, sorted/min/max/sum.
s = set()
print(s, len(s), bool(s))
s.add(1)
s.add(2)
s.add('a')
s.add((1, 2))
s.add(2.5)
print(len(s), 1 in s, 5 in s, 'a' in s, (1, 2) in s, 2.5 in s, 2.0 in s)
s.discard(2)
s.discard(99)
s.remove('a')
print(len(s), 2 in s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
s.clear()
print(s, len(s))
try:
    s.pop()
except KeyError as e:
    print('KeyError', e)
try:
    t = {1, [2]}
except TypeError as e:
    print(e)
try:
    s.add({})
except TypeError as e:
    print(e)
f = frozenset([3, 1, 2])
print(f, len(f), 3 in f, frozenset(f) is f)
print({1, 2} == {2, 1}, {1} == frozenset([1]), {1} != {2}, {1} == [1])
print(type(s), isinstance(s, set), isinstance(f, frozenset), isinstance(f, set))
print(sorted({5, 3, 9}), min({5, 3, 9}), max({5, 3, 9}), sum({5, 3, 9}))
print({True, 1, 1.0}, {0, False})
