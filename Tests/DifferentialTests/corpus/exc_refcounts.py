# The exception object's references: the handler's name, the thread's
# "exception being handled" (and 2.7's sys.exc_value), the evaluation
# stack; 3.x deletes the `as` name when the handler ends, 2.7 keeps it
# and keeps the exception in sys.exc_info() until the function returns.
import sys

def handled():
    try:
        raise ValueError("boom")
    except ValueError as e:
        print(sys.getrefcount(e))
        saved = e
        print(sys.getrefcount(e))
    print(sys.getrefcount(saved))
    print(saved.args, str(saved), repr(saved))
    return saved

x = handled()
print(sys.getrefcount(x))
y = ValueError("a", 1)
print(sys.getrefcount(y), y.args, str(y), repr(y))
try:
    raise y
except ValueError as caught:
    print(sys.getrefcount(y), caught is y)
print(sys.getrefcount(y))
t = sys.exc_info()
print(len(t), t[0] is ValueError if t[1] is not None else t)
print(str(KeyError('k')), repr(KeyError('k')), str(ValueError()), repr(TypeError()))
