# Source: CPython Lib/test/test_exceptions.py, ExceptionTests.testExceptionCleanupNames
# What: 3.x deletes the "as" name at the end of the except clause (2.7 keeps it).
try:
    raise Exception()
except Exception as e:
    print(isinstance(e, Exception))
try:
    e
    print("e still bound")
except NameError:
    print("e unbound")
