# At exit: the first collection (while __main__ lives) takes y's cycle;
# x goes with the module in 3.x, when its globals are set to None in 2.7.
class A(object):
    def __del__(self):
        print('del ' + self.n)
x = A()
x.n = 'x'
y = A()
y.n = 'y'
y.me = y
del y
print('end')
