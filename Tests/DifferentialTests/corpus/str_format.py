# str.format (PEP 3101) and format(): auto and manual numbering, indexes and
# attributes, conversions, specs (nested too), escaped braces, instance, bool and
# None fields through __format__, CPython's errors; gc counts and addresses
# around the calls (3.x's writer buffer taken at the first write and shrunk,
# a lone str piece returned itself; 2.7's output string taken first, each field
# formatted to a str of its own; 2.7's bound method for a constant str's
# method); refcounts inside __str__ while a field is formatted (2.7 moves
# the call's arguments into its tuple).
import gc, sys
class P(object):
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return 'P(%d)' % self.n
gc.disable()
gc.collect()
x = 42
print('{} {}'.format(x, 'a'))
print('{0} {1} {0}'.format('x', 7))
print('id: {}'.format(hex(id(x) if False else 255)))
print('{:>6}|{:<4}|{:^7}|{:06.2f}|{:x}|{!r}|{!s}'.format('ab', 5, 'mid', 3.14159, 255, 'q', 9))
print('{{}} {} {{x}}'.format(1))
print('{}'.format('alone'))
print('plain'.format())
print(gc.get_count())
p = P(3)
print('{} and {}'.format(p, P(4)))
print(gc.get_count())
print('{}'.format(p))
print(gc.get_count())
lst = [10, 20, 30]
d = {'k': 'v'}
print('{0[1]} {1[k]} {2.n}'.format(lst, d, p))
print(format(3.5, '.2f'), format(12, 'x'), format('s', '>3'), format(7), format('t'), format(p))
print(gc.get_count())
print('{:.3}'.format(1.0 / 3), '{}'.format(1.0 / 3), '{:10.4f}|'.format(2.5))
print('{:,}'.format(1234567), '{:+d}'.format(5))
for i in range(3):
    s = 'item {} of {}'.format(i, 3)
    print(s)
print(gc.get_count())
a = 'x' * 3
print(sys_ok if False else '{}-{}'.format(a, a))
class Q(object):
    def __str__(self):
        return 'Q!'
gc.disable()
gc.collect()
objs = []
def mark(tag):
    o = Q()
    objs.append(o)
    print(tag, hex(id(o)), gc.get_count())
mark('start')
s = 'value={} name={}'.format(12345, 'abc')
mark('after format')
t = '{}'.format(Q())
mark('after instance')
u = 'a long template with {} inside and more text after it to make it longer than usual {}'.format(1, 2)
mark('after long')
w = '{}{}'.format('x' * 150, 'y' * 10)
print(len(w))
mark('after growth')
v = '{:>{width}}'.format('r', width=5) if False else '{:>{}}'.format('r', 5)
print(repr(v))
mark('after nested')
print(format(Q()), format(2.5), format(10, '05d'), format('z'))
mark('after format()')
for bad in ['{', '}', '{0!x}', '{0:{1:{2}}}', '{} {0}', '{0} {}', '{5}', '{name}', '{0.}', '{!}']:
    try:
        print('ok', bad.format('a', 'b', 'c'))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print('{0!r:>8}|{0!s:<6}|'.format('hi'))
print('{:.0f} {:e} {:%}'.format(2.5, 1234.5, 0.125))
print('{} {}'.format(True, None) if False else 'skip')
class R(object):
    def __str__(self):
        print('rc inside', sys.getrefcount(self))
        return 'R'
r = R()
print('{}'.format(r))
print('{} {}'.format(r, r))
print('{0!s}'.format(r))
print(format(r))
print('{} {}'.format(True, None))
try:
    print(format(r, 'x'))
except TypeError as e:
    print('TypeError', e)
try:
    print('{:d}'.format(3.0))
except ValueError as e:
    print('ValueError', e)
print('refcount of r: {}'.format(sys.getrefcount(r)))
