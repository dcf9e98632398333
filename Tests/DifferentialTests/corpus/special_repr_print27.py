#: profiles: cpython2.7
# The 2.7 print statement writes a container as it goes (tp_print): the
# text before an item with a user __repr__ is out before that __repr__
# runs and prints; list_print and dict_print hold the item meanwhile. The
# space of `print a, b` is written before b's __repr__ runs.
import sys

class Loud(object):
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        print 'repr of', self.name, sys.getrefcount(self)
        return '<' + self.name + '>'

class Quiet:
    def __str__(self):
        return 'quiet'

a = Loud('a')
b = Loud('b')
print [a, b]
print (a, b)
print {1: a}
print 'x', a
print 'y', Quiet(), [Quiet()]
