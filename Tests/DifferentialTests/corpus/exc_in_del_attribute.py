# an AttributeError inside __del__ during a collection (3.x) and by refcount
import gc

class Bad(object):
    def __del__(self):
        print(self.missing)

a = Bad()
a.me = a
del a
print(gc.collect())
b = Bad()
del b
print('end')
for g in gc.garbage:
    g.me = None
del gc.garbage[:]
