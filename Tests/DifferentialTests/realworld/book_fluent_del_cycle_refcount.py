# Source: Luciano Ramalho, Fluent Python, ch. 8, "del and Garbage Collection" (the refcount goes to zero only when the last reference goes; cycles need the collector)
# What: two objects pointing at each other outlive del until gc.collect().
import gc
import weakref

class Node(object):
    pass

a = Node()
b = Node()
a.other = b
b.other = a
wa = weakref.ref(a)
del a, b
print(wa() is None)
gc.collect()
print(wa() is None)
