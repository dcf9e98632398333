# Source: CPython Lib/test/test_exceptions.py, ExceptionTests.testChainingAttrs / test_raise.py TestCause
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: raise ... from sets __cause__ and suppresses the context in the traceback.
def f():
    try:
        {}["missing"]
    except KeyError as exc:
        raise RuntimeError("lookup failed") from exc

try:
    f()
except RuntimeError as e:
    print(repr(e.__cause__))
    print(e.__suppress_context__)
f()
