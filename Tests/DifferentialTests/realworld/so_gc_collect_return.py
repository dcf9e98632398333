# Source: Stack Overflow, "What does the return value of gc.collect() mean?" (answer: the number of unreachable objects found)
# What: a two-instance cycle counts its instances and their dicts (2.7, 3.11 differ in what is an object).
import gc

class Foo(object):
    pass

gc.collect()
a = Foo()
b = Foo()
a.b = b
b.a = a
del a, b
print(gc.collect())
l = [[], {}]
l.append(l)
del l
print(gc.collect())
print(gc.collect())
