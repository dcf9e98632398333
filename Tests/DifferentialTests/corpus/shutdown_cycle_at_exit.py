# a __del__ cycle still alive at exit (3.x: collected at shutdown, __del__ runs; 2.7: never)
import gc

class D(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del %s' % self.name)

a = D('a')
b = D('b')
a.t = b
b.t = a
del a, b
solo = D('solo')
print('end of script')
