# Source: CPython Lib/test/test_raise.py, TestRaise.test_finally_reraise and test_erroneous_exception
# What: a handled exception inside finally does not replace the one being re-raised.
def reraise():
    try:
        raise TypeError("foo")
    except:
        try:
            raise KeyError("caught")
        finally:
            raise

try:
    reraise()
except KeyError as e:
    print("KeyError %r" % (e.args,))
except TypeError as e:
    print("TypeError %r" % (e.args,))
