# Source: Stack Overflow, "How do I make __del__ get called on objects in a reference cycle?" (answers on gc.garbage in 2.x)
# What: a parent/child cycle with __del__; what each version does with it after gc.collect().
import gc

class Parent(object):
    def __init__(self):
        self.child = Child(self)
    def __del__(self):
        print("Parent.__del__")

class Child(object):
    def __init__(self, parent):
        self.parent = parent
    def __del__(self):
        print("Child.__del__")

p = Parent()
del p
print("collecting")
print(gc.collect())
print(len(gc.garbage))
