# uncaught TypeError from a method call with too many arguments
class Obj(object):
    def m(self, a):
        return a

o = Obj()
print(o.m(1))
o.m(1, 2)
