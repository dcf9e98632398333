# Source: CPython Lib/test/test_gc.py, GCTests.test_newstyleclass
# What: a new-style class alone is already a cycle (through its __mro__); del frees nothing until a collection.
import gc

class A(object):
    pass

gc.collect()
del A
print(gc.collect())
