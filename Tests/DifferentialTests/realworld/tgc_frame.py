# Source: CPython Lib/test/test_gc.py, GCTests.test_frame
# What: a frame that stores itself in one of its own locals is a cycle after it returns.
import gc
import sys

def f():
    frame = sys._getframe()

gc.collect()
f()
print(gc.collect())
