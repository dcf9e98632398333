# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_callable_proxy
# What: a proxy to an object with __call__ is callable and forwards the call.
import weakref

class Callable:
    bar = None
    def __call__(self, x):
        self.bar = x

o = Callable()
ref1 = weakref.proxy(o)
o("twinkies!")
print(o.bar)
ref1("Splat.")
print(o.bar)
print(type(ref1).__name__)
