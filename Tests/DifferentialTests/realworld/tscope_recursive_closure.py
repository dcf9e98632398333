# Source: CPython Lib/test/test_scope.py, ScopeTests.testRecursion
# What: a nested function that calls itself through its cell: a cycle per call of the outer function.
import gc

def f(x):
    def fact(n):
        if n == 0:
            return 1
        else:
            return n * fact(n - 1)
    if x >= 0:
        return fact(x)
    else:
        raise ValueError("x must be >= 0")

gc.collect()
print(f(6))
print(gc.collect())
