# Source: CPython Lib/test/test_class.py, ClassTests.testDel
# What: a classic (2.7) or plain (3.x) instance's __del__ runs at del, and a callback log records it.
import gc

x = []

class DelTest:
    def __del__(self):
        x.append("crab people, crab people")

testme = DelTest()
del testme
gc.collect()
print(x)
