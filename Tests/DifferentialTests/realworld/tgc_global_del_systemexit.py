# Source: CPython Lib/test/test_gc.py, GCTests.test_global_del_SystemExit
# What: a self-cycle with __del__ in globals when the program ends through SystemExit(0).
import sys

class ClassWithDel:
    def __del__(self):
        print('__del__ called')

a = ClassWithDel()
a.link = a
raise SystemExit(0)
