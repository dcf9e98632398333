# Source: CPython Lib/test/test_exceptions.py, ExceptionTests.test_context_of_exception_in_except (testContext)
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: an exception raised while handling another gets it as __context__.
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(e.__cause__)
    print(e.__suppress_context__)
