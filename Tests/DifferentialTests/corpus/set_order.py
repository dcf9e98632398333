# A set iterates in its hash table's slot order, as each version's
# setobject.c places keys: ints by value, strs by their hash (2.7's
# string hash, 3.x's SipHash-1-3 with PYTHONHASHSEED=0), floats and
# tuples by theirs; collisions (2.7: perturbation; 3.x: linear probes,
# then perturbation), growth past the smalltable, dummies left by
# discard, and pop's finger.
print(set(['a', 'b', 'c', 'd', 'e', 'f', 'g']))
print({'x', 'y', 'spam', 'eggs'})
print(set(range(20)))
print(set([8, 16, 0, 24, 32, 7, 15]))
print({-1, -2, 2 ** 62, 0.5, 1.5, (1, 2), (3, 'a')})
s = set()
for i in [100, 3, 51, 77, 2, 9, 64, 33, 18, 1000, 5]:
    s.add(i)
    print(list(s))
for i in [3, 51, 9]:
    s.discard(i)
s.add(12)
s.add(3)
print(s)
p = set(range(0, 80, 8))
print(p.pop(), p.pop(), p.pop(), p)
w = set(['one', 'two', 'three', 'four', 'five', 'six'])
print(w.pop(), w.pop(), w)
for x in {10, 20, 30, 'ten'}:
    print(x)
print(list(frozenset('hello world')))
print(set(set([5, 13, 21, 29])), frozenset({1, 9, 17}))
