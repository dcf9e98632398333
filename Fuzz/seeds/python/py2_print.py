#: profile: cpython2.7
import gc
d = {}
d['x'] = d
print 'a', 1, None, [1, (2,)], d.has_key('x')
print
print 'b',
print 'c'
del d
print gc.collect(), range(3), range(1, 10, 3)
