#: profiles: cpython2.7
# 2.7 classic instances under unary operators: instance_neg and friends fetch the method through instance_getattr (a bound method, an empty argument tuple), and a missing one is an AttributeError, not a TypeError
import sys

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __neg__(self):
        print "neg", sys.getrefcount(self)
        return Money(-self.cents)
    def __abs__(self):
        return self.cents if self.cents > 0 else -self.cents
    def __invert__(self):
        return self

m = Money(-250)
n = -m
print n.cents, abs(m), ~m is m, sys.getrefcount(m)

class Bare:
    pass

for text in ["-", "+", "~", "abs"]:
    try:
        if text == "-":
            -Bare()
        elif text == "+":
            +Bare()
        elif text == "~":
            ~Bare()
        else:
            abs(Bare())
    except AttributeError as e:
        print text, e
