# __del__ order when containers die by refcount: list, tuple, dict, del l[:], nested containers
import gc

class D(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del %s' % self.name)

l = [D('l1'), D('l2'), D('l3')]
del l
print('--')
t = (D('t1'), D('t2'), D('t3'))
del t
print('--')
d = {'a': D('d1'), 'b': D('d2'), 'c': D('d3')}
del d
print('--')
l = [D('s1'), D('s2'), D('s3')]
del l[:]
print('--')
n = [D('n1'), [D('n2'), D('n3')], (D('n4'), D('n5')), D('n6')]
del n
print('--')
l = [D('x1'), D('x2')]
l = None
print('--')
l = [D('y1'), D('y2'), D('y3')]
del l[1]
print('--')
l.append(D('y4'))
del l
print('end')
