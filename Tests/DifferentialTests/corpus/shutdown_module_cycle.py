# At exit 3.x collects, lets __main__ go (its dict survives in the cycle
# through the functions' __globals__) and collects again: the whole
# module's objects are garbage, finalized in list order (a, b, c). 2.7
# collects while modules live, then sets the globals to None (del c).
class A(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del ' + self.name)
a = A('a')
b = A('b')
a.other = b
b.other = a
c = A('c')
print('end')
