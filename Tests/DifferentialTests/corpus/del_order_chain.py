# __del__ order for a chain of objects (a -> b -> c) and for attributes set in different orders
import gc

class D(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del %s' % self.name)

a = D('a')
a.next = D('b')
a.next.next = D('c')
del a
print('--')
p = D('p')
p.z = D('z')
p.y = D('y')
p.x = D('x')
del p
print('--')
def scope():
    first = D('local1')
    second = D('local2')
    third = D('local3')
    print('leaving')
scope()
print('--')
q = D('q')
q = D('q2')
print('end')
