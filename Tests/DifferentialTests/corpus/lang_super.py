# super(Class, self): a super object holding the instance, the class to
# start after and the instance's class (2.7: called with an argument
# tuple); an attribute read searches the MRO after that class and binds
# a function found to the instance; its errors. In 3.x naming `super` in
# a method gives the class a __class__ cell (its methods a closure), so
# the class statement makes more objects and collecting the class
# collects them too.
import gc, sys
class Base(object):
    def __init__(self, name):
        self.name = name
        print('Base init %s' % name)
    def describe(self):
        return 'Base(%s)' % self.name
    def __del__(self):
        print('del %s' % self.name)
class Child(Base):
    def __init__(self, name, extra):
        super(Child, self).__init__(name)
        self.extra = extra
    def describe(self):
        return 'Child<' + super(Child, self).describe() + '>'
gc.disable()
print(sys.getrefcount(Base), sys.getrefcount(Child))
c = Child('c', 1)
print(c.describe(), sys.getrefcount(Base), sys.getrefcount(Child))
s = super(Child, c)
print(type(s).__name__, repr(s), sys.getrefcount(c), s.describe())
del s
try:
    super(Child, c).missing
except AttributeError as e:
    print(e)
try:
    super(Child, 5)
except TypeError as e:
    print(e)
gc.collect()
r = [gc.get_count()]
d = c.describe()
r.append(gc.get_count())
print(r)
del c
del Child
print('collected', gc.collect())
