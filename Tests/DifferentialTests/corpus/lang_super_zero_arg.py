#: profiles: cpython3.11, cpython3.12, cpython3.13
# super() without arguments (3.x): the method's first argument and its
# __class__ cell, which the class body makes (MAKE_CELL), returns as
# __classcell__ and type.__new__ fills with the class; methods that name
# super or __class__ get it in a closure, the others none; counts and the
# collection of such a class.
import gc, sys
class Base(object):
    def __init__(self, name):
        self.name = name
    def hello(self):
        return 'hello from Base'
class Child(Base):
    def __init__(self, name):
        super().__init__(name)
        self.kids = []
    def hello(self):
        return super().hello() + ' via Child'
    def plain(self):
        return 1
class Other(object):
    def method(self):
        return __class__.__name__
gc.disable()
print(sys.getrefcount(Child), Child.__init__.__closure__ is not None, Child.plain.__closure__)
c = Child('x')
print(c.hello(), c.name, Other().method())
print(Child.hello.__closure__[0].cell_contents is Child)
gc.collect()
r = [gc.get_count()]
h = c.hello()
r.append(gc.get_count())
print(r)
def outer():
    class Local(Base):
        def __init__(self):
            super().__init__('local')
    return Local()
print(outer().name)
try:
    super()
except RuntimeError as e:
    print(e)
del c, Child
print('collected', gc.collect())
