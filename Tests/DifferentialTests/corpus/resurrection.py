#: profiles: cpython3.11, cpython3.12, cpython3.13
# PEP 442 resurrection: __del__ stores self in a global; collect() counts only really freed objects
import gc

saved = []

class R(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del %s' % self.name)
        if self.name == 'a':
            saved.append(self)

gc.collect()
a = R('a')
b = R('b')
a.t = b
b.t = a
c = R('c')
d = R('d')
c.t = d
d.t = c
del a, b, c, d
print(gc.collect())
print(len(saved))
print(saved[0].t.name)
del saved[:]
print(gc.collect())
print('end')
