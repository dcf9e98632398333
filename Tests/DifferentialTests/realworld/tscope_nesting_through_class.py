# Source: CPython Lib/test/test_scope.py, ScopeTests.testNestingThroughClass
# What: a method body sees the enclosing function's variable (through a cell), not the class attribute.
def make_adder(x):
    class Adder:
        def __call__(self, y):
            return x + y
    return Adder()

inc = make_adder(1)
plus10 = make_adder(10)
print(inc(1))
print(plus10(-2))
