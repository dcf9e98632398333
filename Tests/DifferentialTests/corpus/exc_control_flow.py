# Control flow through try blocks: an exception unwinding three frames past
# an unmatched handler and a finally, continue/break/return through
# nested finally blocks, a caught RecursionError (1000 tracebacks and
# frames), sys.exc_info() in and after handlers, nested handlers, and
# objects kept by a traceback's frames until the exception goes.
import gc, sys

class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def deep(n):
    if n == 0:
        raise KeyError("deep")
    x = Noisy("level" + str(n))
    return deep(n - 1)

def middle():
    try:
        deep(3)
    except IndexError:
        print("wrong")
    finally:
        print("middle finally")

def top():
    try:
        middle()
    except KeyError as e:
        print("top caught", e)
        return "handled"
    return "not"

print(top())

def loops():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            try:
                out.append(10 // (i - 2))
            except ZeroDivisionError:
                out.append("zero")
                continue
            finally:
                out.append("f")
        finally:
            out.append("F")
    return out

print(loops())

def returns():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(returns())

def rec(n):
    return rec(n + 1)

try:
    rec(0)
except RuntimeError as e:
    print("recursion caught", type(e).__name__)
print(gc.collect() >= 0)

def info():
    try:
        raise ValueError("v")
    except ValueError:
        t = sys.exc_info()
        print(t[0].__name__, str(t[1]), t[2] is not None)
    del t
    print(sys.exc_info()[0] is None)

info()
print(sys.exc_info()[0] is None)
try:
    raise TypeError("in finally test")
except TypeError:
    try:
        raise ValueError("second")
    except ValueError:
        print("inner", sys.exc_info()[1])
    print("outer", sys.exc_info()[1])
for i in range(3):
    try:
        n = Noisy("loop" + str(i))
        raise ValueError(i)
    except ValueError as e:
        print("loop", e)
print("end")
