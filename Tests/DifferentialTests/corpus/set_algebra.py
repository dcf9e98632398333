# Set algebra as setobject.c does it: | & - ^ and their in-place forms,
# union/intersection/difference/symmetric_difference (and the _update
# methods) with sets and other iterables, copy, issubset/issuperset,
# < <= > >=, isdisjoint; the result's slot order follows which set is
# walked and which probed; frozenset operands give frozensets.
a = set(range(0, 20, 2))
b = set(range(0, 30, 3))
print(a | b)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union([100, 7], (8, 9)), a.union())
print(a.intersection(range(10)), a.intersection(b, [0, 6, 12, 99]))
print(a.difference([0, 2]), a.difference(b, [4]), a.difference())
print(a.symmetric_difference([1, 2, 3]))
print({1, 2} | frozenset([3]), frozenset([3]) | {1, 2}, frozenset('ab') & {'a'})
c = a.copy()
c |= {33, 34}
c &= set(range(0, 40, 2))
c -= {0, 2}
c ^= {4, 5}
print(c, c is not a)
c.update([1], {2}, 'x')
c.intersection_update(range(10), [1, 2, 3, 4, 6])
print(c)
d = set(range(50))
d.difference_update(range(0, 50, 2))
print(d)
d.symmetric_difference_update({1, 3, 100})
print(d)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > {1}, {1}.issubset([1, 2]))
print({1, 2}.issuperset((2,)), {1, 2}.isdisjoint([3, 4]), {1, 2}.isdisjoint({2}))
f = frozenset([1, 2])
print(f.copy() is f, f.union([3]), type(f - {1}).__name__)
try:
    {1} | [2]
except TypeError as e:
    print(e)
print(set({'k': 1, 'j': 2, 'i': 3}) == {'i', 'j', 'k'})
