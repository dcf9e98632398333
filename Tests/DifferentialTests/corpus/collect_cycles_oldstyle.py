#: profiles: cpython2.7
# gc.collect() return values for cycles of old-style instances with and without __del__ (2.7 only)
import gc

class Old:
    pass

class OldDel:
    def __del__(self):
        print '__del__', self.name

gc.collect()
a = Old()
b = Old()
a.t = b
b.t = a
del a, b
print gc.collect()
print gc.garbage
c = OldDel()
d = OldDel()
c.name = 'c'
d.name = 'd'
c.t = d
d.t = c
del c, d
print gc.collect()
print len(gc.garbage)
print gc.garbage[0].name, gc.garbage[1].name
for g in gc.garbage:
    g.t = None
del gc.garbage[:]
print gc.collect()
print 'end'
