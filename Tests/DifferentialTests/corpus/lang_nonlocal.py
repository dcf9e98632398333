#: profiles: cpython3.11, cpython3.12, cpython3.13
# 3.x `nonlocal`: the inner function stores into the enclosing function's
# cell; a counter closure, a cell deleted, and a wrapper function made the
# way a decorator makes one (without the @ syntax).
import gc, sys

def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

inc = counter()
print(inc(), inc(), inc())
cell = inc.__closure__[0]
print(cell.cell_contents, sys.getrefcount(cell))

def logged(function):
    calls = []
    def wrapper(x):
        calls.append(x)
        return function(x) + len(calls)
    return wrapper

def double(x):
    return 2 * x

double = logged(double)
print(double(1), double(5), len(double.__closure__))

def forget():
    value = 'x'
    def show():
        return value
    del value
    try:
        return show()
    except NameError as e:
        return str(e)

print(forget())
del inc, cell, double
print(gc.collect())
