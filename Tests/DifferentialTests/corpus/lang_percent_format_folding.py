#: profiles: cpython3.11, cpython3.12, cpython3.13
# 3.11's compiler turns `"..." % (a, b)` into an f-string when the format
# has only %s, %r and %a units (a width and precision of at most two digits)
# and exactly as many as the tuple literal has items: no tuple is built
# (gc counts), each item is converted as soon as it is evaluated (the
# order of __str__ calls), then the pieces are joined. A tuple of
# constants stays a constant and the % runs.
import gc, sys
class Loud(object):
    def __init__(self, n):
        self.n = n
    def __str__(self):
        print('str %d' % self.n)
        return 'L%d' % self.n
    def __repr__(self):
        return 'Loud(%d)' % self.n
def make(n):
    print('make %d' % n)
    return Loud(n)
gc.disable()
print('%s and %s' % (make(1), make(2)))
print('[%5s|%-5s|%.2s|%3.1r|%r%%]' % ('ab', 'cd', 'xyz', 'q', make(3)))
print('%s' % (make(4),))
print('%d-%s' % (5, make(6)))
x = 7
print('%s %s' % ('a', x), '%s' % (1,), '%s %s' % (1, 2))
for i in range(3):
    gc.collect()
    s = '%s %s' % ('a', i)
    t = '%s|%s' % (s, s)
    print(gc.get_count(), t)
print('%s' % ((1, 2),))
print('%-4s|%s' % ('ab', x), '%s %d' % ('a', x), '%s %s' % (1, 2))
