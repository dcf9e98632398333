# Slice assignment and deletion (list_ass_slice; 2.7's STORE_SLICE): a list
# or tuple on the right goes in as it is, anything else (a str, a range in
# 3.x, an iterator, the list itself) is first made into a list that is
# freed after; the new items go in, then the replaced ones are dropped
# last to first (their __del__ runs in that order); CPython's errors.
import gc, sys

class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del %s' % self.name)

gc.disable()
shared = Noisy('shared')
a = [Noisy('a0'), Noisy('a1'), Noisy('a2'), Noisy('a3')]
gc.collect()
counts = []
counts.append(gc.get_count())
a[1:3] = [shared, shared, shared]
counts.append(gc.get_count())
print(len(a), sys.getrefcount(shared))
a[0:4] = (shared,)
counts.append(gc.get_count())
print(len(a), sys.getrefcount(shared))
a[:] = a
counts.append(gc.get_count())
a[len(a):] = range(3)
counts.append(gc.get_count())
a[-1:] = 'xy'
counts.append(gc.get_count())
print(counts)
a[1:1] = iter([shared])
print(a[1:], sys.getrefcount(shared))
a[:] = []
print(a, sys.getrefcount(shared))

# Bounds are clamped as in slicing; a negative one counts from the end.
b = [0, 1, 2, 3]
b[10:20] = [4]
b[-2:1] = [5]
b[3:1] = [6]
print(b)
del b[-3:]
del b[:1]
print(b)

for target in [(1, 2), 'ab', 5]:
    try:
        target[0:1] = [1]
    except TypeError as e:
        print(e)
try:
    b[0:1] = 5
except TypeError as e:
    print(e)
try:
    b['x':] = [1]
except TypeError as e:
    print(e)
print('end')
