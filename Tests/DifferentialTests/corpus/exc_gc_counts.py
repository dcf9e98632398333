# What a raise and a catch allocate: the exception, its args tuple, one
# traceback per frame it leaves (and in 3.x the frame objects for them),
# seen through gc.get_count() with automatic collection off.
import gc, sys
gc.disable()

def thrower(n):
    if n == 0:
        raise ValueError("bottom")
    thrower(n - 1)

def measure(depth):
    gc.collect()
    before = gc.get_count()[0]
    try:
        thrower(depth)
    except ValueError:
        during = gc.get_count()[0]
    after = gc.get_count()[0]
    return during - before, after - before

print(measure(0))
print(measure(3))
def runtime_error():
    gc.collect()
    before = gc.get_count()[0]
    try:
        {}["missing"]
    except KeyError as e:
        during = gc.get_count()[0]
        text = str(e)
    return during - before, text
print(runtime_error())
print(gc.collect())
