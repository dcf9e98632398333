# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_basic_proxy
# What: a proxy's attribute reads and writes go to the referent.
import weakref

class C:
    pass

o = C()
p = weakref.proxy(o)
p.foo = 1
print(o.foo)
o.bar = 2
print(p.bar)
del p.foo
print(hasattr(o, "foo"))
