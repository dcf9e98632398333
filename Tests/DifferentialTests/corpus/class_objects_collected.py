# Classes are cycles: del frees none of them, gc.collect() finds the type,
# its dict (tracked when it holds the __dict__/__weakref__ descriptors or
# functions), mro and bases tuples and descriptors; a bases tuple of
# untracked items was untracked by an earlier collection (C: 5). 2.7's
# classic classes are not cycles (0).
import gc
gc.collect()
class A(object):
    pass
del A
print(gc.collect())
class B(object):
    def f(self):
        pass
    def g(self):
        pass
del B
print(gc.collect())
class C(object):
    pass
class D(C):
    pass
del D
print(gc.collect())
del C
print(gc.collect())
class E:
    pass
del E
print(gc.collect())
class F:
    x = [1]
del F
print(gc.collect())
