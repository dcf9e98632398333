#: profiles: cpython2.7
# __del__ order for old-style instances held in containers and attributes (2.7 only)
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print 'del', self.name

a = D('a')
a.next = D('b')
a.next.next = D('c')
del a
print '--'
l = [D('l1'), D('l2')]
del l
print '--'
p = D('p')
p.z = D('z')
p.y = D('y')
p.x = D('x')
p.w = D('w')
del p
print 'end'
