# a user container class: len(), truth, x[k], x[k] = v, del x[k] and `in`
# call its special methods as the slot functions do (counts inside and out)
import gc
import sys

class Bag(object):
    def __init__(self):
        self.items = {}
    def __len__(self):
        print('len: self rc %d' % sys.getrefcount(self))
        return len(self.items)
    def __getitem__(self, key):
        print('get %s: self rc %d' % (key, sys.getrefcount(self)))
        return self.items[key]
    def __setitem__(self, key, value):
        print('set %s: value rc %d' % (key, sys.getrefcount(value)))
        self.items[key] = value
    def __delitem__(self, key):
        print('del %s' % key)
        del self.items[key]
    def __contains__(self, key):
        print('contains %s' % key)
        return key in self.items

class Thing(object):
    pass

gc.disable()
bag = Bag()
t = Thing()
print(len(bag))
print(bool(bag))
if not bag:
    print('empty bag is false')
before = gc.get_count()[0]
bag['t'] = t
print(gc.get_count()[0] - before)
print(sys.getrefcount(t))
before = gc.get_count()[0]
got = bag['t']
print(gc.get_count()[0] - before)
print(got is t)
print(sys.getrefcount(t))
print('t' in bag)
print('u' in bag)
print('u' not in bag)
print(len(bag))
if bag:
    print('full bag is true')
del got
del bag['t']
print(sys.getrefcount(t))
print(len(bag))
try:
    bag['missing']
except KeyError as e:
    print('KeyError %s' % e)
try:
    del bag['missing']
except KeyError as e:
    print('KeyError %s' % e)

class Truthy(object):
    def __init__(self, value):
        self.value = value
    def __bool__(self):
        print('bool')
        return self.value
    def __nonzero__(self):
        print('nonzero')
        return self.value

print(bool(Truthy(True)))
print(bool(Truthy(False)))
print(not Truthy(False))
x = Truthy(True) and 'yes'
print(x)

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(len(Sized(3)))
print(bool(Sized(0)))
try:
    len(Sized(-1))
except ValueError as e:
    print('ValueError %s' % e)
try:
    bool(Sized(-1))
except ValueError as e:
    print('ValueError %s' % e)
s = Sized(2)
del s
print(gc.collect())
