# Source: CPython Lib/test/test_sys.py, SysModuleTest.test_refcount
# What: binding a name to None adds one to None's count, deleting it takes it away.
import sys

try:
    sys.getrefcount()
except TypeError:
    print("TypeError")
c = sys.getrefcount(None)
n = None
print(sys.getrefcount(None) - c)
del n
print(sys.getrefcount(None) - c)
