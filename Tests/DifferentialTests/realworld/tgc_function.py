# Source: CPython Lib/test/test_gc.py, GCTests.test_function
# What: a function defined by exec into a dict: the dict and the function (its globals) form a cycle.
import gc

d = {}
exec("def f(): pass\n", d)
gc.collect()
del d
print(gc.collect())
