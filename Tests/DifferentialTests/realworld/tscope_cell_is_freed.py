# Source: CPython Lib/test/test_scope.py, ScopeTests.testCellLeak / test_cell_repr idea: a cell dies with the last closure
# What: the object a closure's cell holds is freed when the closure is.
class Tracked(object):
    def __del__(self):
        print("Tracked freed")

def outer():
    t = Tracked()
    def inner():
        return t
    return inner

f = outer()
print(f() is not None)
print(len(f.__closure__))
del f
print("end")
