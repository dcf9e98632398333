# Source: CPython Lib/test/test_exceptions.py, ExceptionTests.testAttributes
# What: args, str and repr of built-in exceptions made with 0, 1 and 2 arguments.
for exc, args in [(BaseException, ()), (BaseException, (1,)), (BaseException, ('foo',)),
                  (BaseException, ('foo', 1)), (ValueError, ('bad',)), (KeyError, ('k',))]:
    e = exc(*args)
    print(repr(e.args))
    print(str(e))
    print(repr(e))
