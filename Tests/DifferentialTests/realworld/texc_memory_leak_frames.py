# Source: CPython Lib/test/test_exceptions.py, ExceptionTests.test_exception_cleanup_names2 / testMemoryErrorBigSource idea: a stored exception keeps its frame's locals alive
# What: keeping an exception alive keeps the locals of the frame that raised it.
import gc

class Big(object):
    def __del__(self):
        print("Big freed")

def fail():
    b = Big()
    raise ValueError("x")

saved = []
try:
    fail()
except ValueError as e:
    saved.append(e)
print("handled")
gc.collect()
print("after collect")
del saved[:]
print("cleared")
gc.collect()
print("end")
