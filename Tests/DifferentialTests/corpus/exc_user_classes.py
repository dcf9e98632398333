# User exception classes: args from the call (2.7: only once
# BaseException.__init__ ran), attributes in a dict made at the first
# store, a base class's __init__ called from the subclass's, matching by
# class and base, the class as a cycle the collector frees (one descriptor
# fewer than a plain class), and the uncaught traceback's class name
# (2.7: __main__.CodeError).
import gc, sys

class AppError(Exception):
    pass

class CodeError(ValueError):
    def __init__(self, msg, code):
        ValueError.__init__(self, msg)
        self.code = code

class Quiet(Exception):
    def __init__(self, code):
        self.code = code

class Shown(Exception):
    def __str__(self):
        return "shown:" + str(len(self.args))

e = AppError("a", 2)
print(e.args, str(e), repr(e), sys.getrefcount(e))
c = CodeError("bad", 7)
print(c.args, str(c), repr(c), c.code, sys.getrefcount(c))
q = Quiet(5)
print(q.args, str(q), repr(q), q.code)
print(str(Shown(1, 2)))
try:
    raise CodeError("x", 1)
except ValueError as err:
    print("caught", type(err).__name__, err.code, isinstance(err, CodeError))
try:
    raise AppError
except AppError as err:
    print("caught", repr(err), err.__class__ is AppError)
try:
    raise Quiet(3)
except (CodeError, AppError):
    print("not here")
except Exception as err:
    print("base caught", err.code)
print(isinstance(e, Exception), isinstance(e, AppError), isinstance(c, LookupError))

def make_class():
    class Temporary(KeyError):
        pass
    return Temporary

gc.disable()
gc.collect()
before = gc.get_count()[0]
t = make_class()
made = gc.get_count()[0] - before
del t
print(made, gc.collect())
gc.enable()
raise CodeError("final", 3)
