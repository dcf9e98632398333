# Source: CPython 2.7 Lib/test/test_sys.py, SysModuleTest.test_exc_clear
#: profiles: cpython2.7
# What: sys.exc_clear forgets the exception being handled, and the enclosing one comes back after.
import sys

def clear_check(exc):
    typ, value, traceback = sys.exc_info()
    print(typ is not None)
    print(value is exc)
    print(traceback is not None)
    sys.exc_clear()
    typ, value, traceback = sys.exc_info()
    print(typ is None)
    print(value is None)

try:
    raise ValueError(42)
except ValueError as exc:
    clear_check(exc)

try:
    raise ValueError(13)
except ValueError as exc:
    try:
        raise ValueError(42)
    except ValueError as inner:
        clear_check(inner)
    print(sys.exc_info()[1] is exc)
