# Source: CPython Lib/test/test_exceptions.py / datamodel docs: "exceptions that occur during __del__ are ignored, a warning is printed to sys.stderr"
# What: an exception raised in __del__ is reported on stderr and the program goes on.
class Bad(object):
    def __del__(self):
        raise RuntimeError("in __del__")

b = Bad()
del b
print("still running")
