# Source: CPython Lib/test/test_raise.py, TestRaise.test_reraise / test_except_reraise / test_nested_reraise
# What: a bare raise re-raises the exception being handled, including from a nested handler that catches another.
try:
    try:
        raise IndexError()
    except IndexError as e:
        exc1 = e
        raise
except IndexError as exc2:
    print(exc1 is exc2)

def reraise():
    try:
        raise TypeError("foo")
    except:
        try:
            raise KeyError("caught")
        except KeyError:
            pass
        raise

try:
    reraise()
except TypeError as e:
    print(repr(e))
