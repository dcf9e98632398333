# Source: CPython Lib/test/test_scope.py, ScopeTests.testCellIsKwonlyArg / testNonLocalFunction and the data model's __closure__ docs
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: a counter made with nonlocal; its state lives in a cell shared by the closure.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = make_counter()
c()
c()
print(c())
print(c.__closure__[0].cell_contents)
print(len(c.__closure__))
