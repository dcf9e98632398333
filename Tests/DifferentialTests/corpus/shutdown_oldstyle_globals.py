#: profiles: cpython2.7
# 2.7 shutdown: old-style instances in globals, names with and without a leading underscore (2.7 only)
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print 'del', self.name

x = D('x')
_private = D('_private')
y = D('y')
longer_name = D('longer_name')
z = D('z')
print 'end of script'
