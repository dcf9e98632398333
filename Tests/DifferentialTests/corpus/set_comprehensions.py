# Set comprehensions: a function and frame of their own in both dialects
# (2.7's list comprehension leaks its variable, its set comprehension
# does not), SET_ADD into a set built empty, gc counts around them.
import gc
gc.disable()
gc.collect()
s = {x % 7 for x in range(30)}
print(s)
print({(i, j) for i in range(3) for j in range(2) if i != j} == set([(0, 1), (1, 0), (2, 0), (2, 1)]))
print(sorted({w.upper() for w in ['a', 'b', 'a', 'c']}))
try:
    x
except NameError:
    print('x not leaked')
print(gc.get_count())
t = {n for n in [3, 1, 2]}
print(gc.get_count(), t)
def f(items):
    return {i * 2 for i in items}
print(f([1, 2, 3]), gc.get_count())
try:
    {[i] for i in range(3)}
except TypeError as e:
    print(e)
