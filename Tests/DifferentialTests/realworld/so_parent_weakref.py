# Source: Stack Overflow, "How and when to appropriately use weakref in Python" (parent/child tree answer)
# What: children point at the parent through weakref.ref, so dropping the tree frees it at once.
import weakref

class Node(object):
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = None
        if parent is not None:
            self._parent = weakref.ref(parent)
            parent.children.append(self)

    def parent(self):
        if self._parent is None:
            return None
        return self._parent()

    def __del__(self):
        print("del " + self.name)

root = Node("root")
kid = Node("kid", root)
print(kid.parent().name)
del root
print(kid.parent())
del kid
print("end")
