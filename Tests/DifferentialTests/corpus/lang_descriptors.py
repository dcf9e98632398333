# staticmethod, classmethod and property: what reading each through the
# class and through an instance gives (the function, a method bound to
# the class, the getter's result), a property with a setter and one
# without, and what each keeps alive: a class with all three is a cycle
# of 14 objects in 3.11 (its static and class methods carry a dict with
# the function's name, qualified name and annotations) and 12 in 2.7.
import gc, sys

class Account(object):
    rate = 2

    def __init__(self, balance):
        self._balance = balance

    @staticmethod
    def describe(text):
        return "account: " + text

    @classmethod
    def with_rate(cls, amount):
        return cls.rate * amount

    @property
    def balance(self):
        return self._balance

    def get_owner(self):
        return self._owner

    def set_owner(self, name):
        self._owner = name

    owner = property(get_owner, set_owner)

a = Account(10)
print(Account.describe("x"), a.describe("y"), Account.with_rate(3), a.with_rate(4))
print(a.balance, type(Account.balance).__name__)
a.owner = "ann"
print(a.owner, a._owner)
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(Account.describe).__name__, type(a.with_rate).__name__, sys.getrefcount(a))

def make():
    class Temporary(object):
        @staticmethod
        def s():
            return 1
        @classmethod
        def c(cls):
            return 2
        @property
        def p(self):
            return 3
    t = Temporary()
    return Temporary.s() + Temporary.c() + t.p

gc.disable()
gc.collect()
print(make(), gc.collect())
gc.enable()
