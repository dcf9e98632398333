#: title: weakref-parent - a weak back-reference avoids the cycle
#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
#: about: A parent keeps a list of its children and each child wants to find its parent. With a strong back-reference (child.parent = parent) the family is a cycle: deleting the last name of the parent frees nothing, and only gc.collect() can reclaim the 4 objects (parent, its children list, two children). With a weak back-reference (child.parent = weakref.ref(parent)) the children do not keep the parent alive: `del p` drops its count to 0, reference counting frees the parent at once, the parent's list goes with it and the children after it -- no collection needed, gc.collect() finds nothing. A child calls self.parent() to reach the parent, which returns None once the parent is gone.
import gc
import sys
import weakref

class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []  #> strong references down to the children
    def __del__(self):
        print('__del__ of parent', self.name)

class StrongChild:
    def __init__(self, parent, name):
        self.name = name
        self.parent = parent  #> strong reference up: parent <-> child is a cycle
        parent.children.append(self)
    def __del__(self):
        print('__del__ of child', self.name)

class WeakChild:
    def __init__(self, parent, name):
        self.name = name
        self.parent = weakref.ref(parent)  #> weak reference up: does not add to the parent's count
        parent.children.append(self)
    def parent_name(self):
        return self.parent().name  #> call the weakref to get the parent (None once it is gone)
    def __del__(self):
        print('__del__ of child', self.name)

gc.collect()  #> start from a clean heap
p = Parent('strong')
StrongChild(p, 's1')
StrongChild(p, 's2')
print('strong: parent refcount', sys.getrefcount(p) - 1)  #> 3: the name p and the two children's .parent
del p  #> rc 3 -> 2: the children still hold the parent, and the parent holds them -- nothing is freed
print('strong: after del p, collected', gc.collect())  #> 4 objects (parent, children list, 2 children); the __del__ lines appear during the collection

p = Parent('weak')
WeakChild(p, 'w1')
c = WeakChild(p, 'w2')
print('weak: parent refcount', sys.getrefcount(p) - 1)  #> 1: only the name p -- weak references do not count
print('weak: w2 finds its parent:', c.parent_name())
del c  #> the child stays alive: the parent's list still holds it
del p  #> rc 1 -> 0: the parent dies now; its children list dies with it, and the children after it (a list releases its items last to first)
print('weak: collected', gc.collect())  #> 0: there was no cycle, reference counting already did all the work
