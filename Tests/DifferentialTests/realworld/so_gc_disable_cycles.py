# Source: Stack Overflow, "Is it safe to call gc.disable()?" (answers: cycles then pile up until gc.collect())
# What: with the collector off, cycles stay; one explicit collect frees them all.
import gc

class Node(object):
    pass

gc.collect()
gc.disable()
for i in range(1000):
    n = Node()
    n.me = n
n = None
print(gc.isenabled())
print(gc.collect())
gc.enable()
print(gc.isenabled())
