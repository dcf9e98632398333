# Source: CPython Lib/test/test_weakset.py, TestWeakSet.test_len / test_contains
# What: a WeakSet forgets an element when it dies.
import weakref

class Foo:
    pass

items = [Foo(), Foo(), Foo()]
s = weakref.WeakSet(items)
print(len(s))
print(items[0] in s)
del items[1]
print(len(s))
items = []
print(len(s))
