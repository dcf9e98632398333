# A class's own __repr__ and __str__: print, str(), repr(), %s/%r and
# containers call them as CPython does (__str__ first for print and str).
import sys

class Graph(object):
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Graph(' + self.name + ')'

class Node(object):
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return 'node %d' % self.n

class Both(object):
    def __repr__(self):
        return 'Both-repr'
    def __str__(self):
        return 'Both-str'

g = Graph('one')
print(g)
print(repr(g))
print(str(g))
print([g, g])
n = Node(3)
print(n)
print(str(n))
print('%s and %r' % (n, g))
b = Both()
print(b)
print([b])
print(sys.getrefcount(g))
