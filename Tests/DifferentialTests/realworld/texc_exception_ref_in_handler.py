# Source: CPython Lib/test/test_exceptions.py, ExceptionTests.test_exception_target_in_nested_scope / test_raise.py TestContext.test_reraise_cycle_broken idea: the handled exception is released after the handler
# What: an exception object is freed when its handler ends, unless a name outside keeps it.
import sys

class MyExc(Exception):
    def __del__(self):
        print("MyExc freed")

def f():
    try:
        raise MyExc("x")
    except MyExc:
        print("handling")
    print("after handler")

f()
print("after f")
