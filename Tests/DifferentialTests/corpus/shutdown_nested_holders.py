# shutdown with objects reachable only through a container and an attribute
class D(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del %s' % self.name)

holder = D('holder')
holder.child = D('child')
items = [D('item0'), D('item1')]
table = {'k1': D('v1'), 'k2': D('v2')}
print('end of script')
