# Unpacking what is not a list or tuple (unpack_iterable): a generator,
# a generator expression, a dict (its keys), a str; exactly as many items
# drawn as targets, then one more tried; CPython's errors for too few,
# too many (the generator is left where it stopped) and not iterable.
a, b = (x for x in [1, 2])
print(a, b)
def g():
    yield 1
    yield 2
c, d = g()
print(c, d)
[e, f] = g()
print(e+f)
k1, k2 = {'a': 1, 'b': 2}
print(sorted([k1, k2]))
x, y = 'xy'
print(x, y)
try:
    p, q = g()
    p, q, r = g()
except ValueError as e:
    print(e)
try:
    p, = g()
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)
