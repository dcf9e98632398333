# Source: CPython Lib/test/test_scope.py, ScopeTests.testLeaks
# What: a closure over an instance, created and dropped 100 times, leaks nothing.
class Foo:
    count = 0

    def __init__(self):
        Foo.count += 1

    def __del__(self):
        Foo.count -= 1

def f1():
    x = Foo()
    def f2():
        return x
    f2()

for i in range(100):
    f1()

print(Foo.count)
