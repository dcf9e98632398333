# Source: CPython Lib/test/test_finalization.py, CycleChainFinalizationTest.test_homogenous
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: a ring of three objects with __del__: every finalizer runs once, then all are freed.
import gc

del_calls = []

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        del_calls.append(self.name)

gc.collect()
nodes = [Node("a"), Node("b"), Node("c")]
for i in range(3):
    nodes[i].next = nodes[(i + 1) % 3]
nodes = None
print(gc.collect())
print(sorted(del_calls))
