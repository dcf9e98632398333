# Source: CPython Lib/test/test_exceptions.py, ExceptionTests.testExceptionCleanupState
# What: after the except clause the exception and the object it refers to are freed.
import weakref

class MyObj:
    def __init__(self):
        self.name = "obj"

class MyException(Exception):
    def __init__(self, obj):
        self.obj = obj

def inner_raising_func():
    local_ref = obj
    raise MyException(obj)

obj = MyObj()
wr = weakref.ref(obj)
try:
    inner_raising_func()
except MyException:
    pass
obj = None
print(wr() is None)
