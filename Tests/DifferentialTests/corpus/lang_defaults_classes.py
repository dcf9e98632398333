# shared mutable default argument, class attributes vs instance attributes, inheritance via Base.method(self)
def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

class Base(object):
    kind = 'base'
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def describe(self):
        return '%s:%s' % (self.kind, self.name)

class Child(Base):
    kind = 'child'
    def __init__(self, name, extra):
        Base.__init__(self, name)
        self.extra = extra
    def describe(self):
        return Base.describe(self) + '+' + self.extra

b = Base('b')
c = Child('c', 'x')
print(b.describe())
print(c.describe())
print(Base.count)
print(isinstance(c, Base))
print(isinstance(b, Child))
c.kind = 'own'
print(c.describe())
print(Child.kind)
