# gc.get_count() deltas for calling Python functions: first call vs later calls, recursion, nested calls
import gc

def f():
    pass

def g(a, b):
    return a

def h(n):
    if n == 0:
        return 0
    return h(n - 1)

def outer():
    f()
    return g(1, 2)

def main():
    gc.disable()
    gc.collect()
    r = []
    r.append(gc.get_count())
    f()
    r.append(gc.get_count())
    f()
    r.append(gc.get_count())
    g(1, 2)
    r.append(gc.get_count())
    g(3, 4)
    r.append(gc.get_count())
    h(3)
    r.append(gc.get_count())
    h(3)
    r.append(gc.get_count())
    h(5)
    r.append(gc.get_count())
    outer()
    r.append(gc.get_count())
    outer()
    r.append(gc.get_count())
    gc.collect()
    r.append(gc.get_count())
    f()
    r.append(gc.get_count())
    print(r)

main()
