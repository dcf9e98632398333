# Closures: a variable a nested function (or lambda, or 3.x comprehension)
# uses lives in a cell; the inner function keeps the cells in its
# __closure__ tuple. Counts of cells, closure tuples and functions; late
# binding in a loop; a name passed through a middle function; a function
# that refers to itself through its cell is a cycle (3 objects: the
# function, its closure tuple and the cell); reading an empty cell.
import gc, sys

def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
print(add5(1), len(add5.__closure__), add5.__closure__[0].cell_contents)

def make_counter():
    box = [0]
    def step():
        box[0] = box[0] + 1
        return box[0]
    return step

c = make_counter()
print(c(), c(), sys.getrefcount(c.__closure__[0]))

def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

print(late_binding())

def scaled(data, k):
    return [x * k for x in data if x != k]

print(scaled([1, 2, 3], 2))

def outer():
    a = 1
    def middle():
        def inner():
            return a + 1
        return inner
    return middle()

print(outer()())

def recursive():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(5)

gc.disable()
gc.collect()
print(recursive(), gc.collect())

def counts():
    gc.collect()
    before = gc.get_count()[0]
    f = make_adder(3)
    after = gc.get_count()[0]
    return after - before

print(counts())

def empty():
    def read():
        return later
    try:
        read()
    except NameError as e:
        print("NameError", str(e)[:13])
    later = 1
    return read()

print(empty())
gc.enable()

# A nested function that declares a name global reads the module's, not
# the enclosing function's: no cell, no closure.
level = "module"

def declares_global():
    level = "function"
    def inner():
        global level
        return level
    return inner(), inner.__closure__, level

print(declares_global())
