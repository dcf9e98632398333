# objects left in module globals at exit: __del__ runs at shutdown; order of names a, b, c, obj1, obj2
class D(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del %s' % self.name)

obj2 = D('obj2')
a = D('a')
c = D('c')
obj1 = D('obj1')
b = D('b')
print('end of script')
